using System.Security.Cryptography;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.Extensions.Caching.Memory;

namespace Lantern.Web.Features.Surveys.Responses;

/// <summary>An uploaded response file waiting for its column mapping.</summary>
public sealed record ResponseUpload(string Id, string User, int SurveyId, string FileName, Table Table);

/// <summary>
/// Keeps an uploaded table on the server between the upload and the mapping step, under a random
/// id that only its uploader can use for that survey, for half an hour. The file never goes back
/// to the browser, so it cannot be altered between the check and the import.
/// </summary>
public sealed class ResponseUploads(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public ResponseUpload Keep(string user, int surveyId, string fileName, Table table)
    {
        var upload = new ResponseUpload(RandomNumberGenerator.GetHexString(32, lowercase: true), user, surveyId, fileName, table);
        cache.Set(Key(upload.Id), upload, Lifetime);
        return upload;
    }

    public ResponseUpload? Find(string? id, string user, int surveyId) =>
        id is { Length: > 0 } && cache.TryGetValue(Key(id), out ResponseUpload? upload) && upload!.User == user && upload.SurveyId == surveyId
            ? upload
            : null;

    public void Forget(string id) => cache.Remove(Key(id));

    private static string Key(string id) => $"survey-response-upload:{id}";
}
