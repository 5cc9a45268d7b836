#!/usr/bin/env bash
# Writes docs/third-party-licences.md: every NuGet package the shipped projects (src/*) use,
# directly or transitively, with its version and the licence its nuspec declares. Needs only the
# .NET SDK. Exits non-zero, after writing the list, when a licence is not on the reviewed
# allow-list in tools/Lantern.Licences/ThirdPartyLicences.cs. The test run checks the same
# (tests/Lantern.Web.Tests/Infrastructure/Licences/ThirdPartyLicenceTests.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
# The list is read from restore's obj/project.assets.json files, so they must be current.
dotnet restore Lantern.slnx --verbosity quiet
dotnet run --project tools/Lantern.Licences -c Release
