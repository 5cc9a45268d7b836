using System.Globalization;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Conditions;

/// <summary>A show-if condition that could not be read; <see cref="Column"/> is 1-based within the condition.</summary>
public sealed class ShowIfSyntaxException(string message, int column) : FormatException($"column {column}: {message}")
{
    public int Column { get; } = column;
    public string Reason { get; } = message;
}

/// <summary>
/// A condition on earlier answers in the subset of XLSForm's "relevant" syntax that Lantern
/// supports, so instruments move to and from KoboToolbox and ODK unchanged:
/// <c>${q} = 'yes'</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>,
/// <c>and</c>, <c>or</c>, <c>not(…)</c>, <c>selected(${q}, 'a')</c>, <c>count-selected(${q})</c>,
/// numbers, quoted text and parentheses. Anything else is refused with its column.
/// </summary>
public sealed class ShowIf
{
    private readonly Node root;

    private ShowIf(string text, Node root, IReadOnlyList<string> references)
    {
        Text = text;
        this.root = root;
        References = references;
    }

    public string Text { get; }

    /// <summary>The item names the condition reads, in order of first use.</summary>
    public IReadOnlyList<string> References { get; }

    /// <exception cref="ShowIfSyntaxException">The condition is not in the supported syntax.</exception>
    public static ShowIf Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseWhole();
        return new ShowIf(text, root, parser.References);
    }

    public static bool TryParse(string text, out ShowIf? condition, out ShowIfSyntaxException? error)
    {
        try
        {
            condition = Parse(text);
            error = null;
            return true;
        }
        catch (ShowIfSyntaxException ex)
        {
            condition = null;
            error = ex;
            return false;
        }
    }

    /// <summary>Evaluates against answers by item name in the stored encoding; unanswered items read as empty text.</summary>
    public bool IsMet(Func<string, string?> answerOf) => root.Evaluate(answerOf).IsTrue;

    private readonly record struct Value(string? Text, double? Number, bool? Boolean)
    {
        public static Value Of(string? text) => new(text ?? "", null, null);

        public static Value Of(double number) => new(null, number, null);

        public static Value Of(bool boolean) => new(null, null, boolean);

        public bool IsTrue => Boolean ?? (Number is { } n ? n != 0 && !double.IsNaN(n) : !string.IsNullOrEmpty(Text));

        public string AsText => Text ?? (Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Boolean == true ? "true" : "false");

        public double? AsNumber => Number ?? (Text is { Length: > 0 } t && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null);
    }

    private abstract record Node
    {
        public abstract Value Evaluate(Func<string, string?> answerOf);
    }

    private sealed record Reference(string Name) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf) => Value.Of(answerOf(Name));
    }

    private sealed record Literal(Value Constant) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf) => Constant;
    }

    private sealed record Logical(bool IsAnd, Node Left, Node Right) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf) =>
            Value.Of(IsAnd ? Left.Evaluate(answerOf).IsTrue && Right.Evaluate(answerOf).IsTrue
                           : Left.Evaluate(answerOf).IsTrue || Right.Evaluate(answerOf).IsTrue);
    }

    private sealed record Not(Node Operand) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf) => Value.Of(!Operand.Evaluate(answerOf).IsTrue);
    }

    private sealed record Selected(Node List, Node Choice) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf)
        {
            var wanted = Choice.Evaluate(answerOf).AsText;
            return Value.Of(AnswerFormat.Chosen(List.Evaluate(answerOf).AsText).Contains(wanted, StringComparer.Ordinal));
        }
    }

    private sealed record CountSelected(Node List) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf) =>
            Value.Of(AnswerFormat.Chosen(List.Evaluate(answerOf).AsText).Length);
    }

    private sealed record Comparison(string Operator, Node Left, Node Right) : Node
    {
        public override Value Evaluate(Func<string, string?> answerOf)
        {
            var left = Left.Evaluate(answerOf);
            var right = Right.Evaluate(answerOf);
            // As in ODK: numbers compare as numbers when both sides read as numbers, otherwise as text;
            // an unanswered item is empty text, so "${age} > 17" is false until age is answered.
            int order;
            if (left.AsNumber is { } a && right.AsNumber is { } b)
            {
                order = a.CompareTo(b);
            }
            else if (Operator is "=" or "!=" || (left.AsText.Length > 0 && right.AsText.Length > 0))
            {
                order = string.CompareOrdinal(left.AsText, right.AsText);
            }
            else
            {
                return Value.Of(false);
            }

            return Value.Of(Operator switch
            {
                "=" => order == 0,
                "!=" => order != 0,
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            });
        }
    }

    /// <summary>Recursive descent over the text; positions are kept for error messages.</summary>
    private sealed class Parser(string text)
    {
        private const int MaxDepth = 50;
        private int position;
        private int depth;

        public List<string> References { get; } = [];

        public Node ParseWhole()
        {
            SkipSpace();
            if (position >= text.Length)
            {
                throw Error("the condition is empty");
            }

            var node = ParseOr();
            SkipSpace();
            if (position < text.Length)
            {
                throw Error($"unexpected '{text[position]}'");
            }

            return node;
        }

        private Node ParseOr()
        {
            var left = ParseAnd();
            while (TryKeyword("or"))
            {
                left = new Logical(false, left, ParseAnd());
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseComparison();
            while (TryKeyword("and"))
            {
                left = new Logical(true, left, ParseComparison());
            }

            return left;
        }

        private Node ParseComparison()
        {
            var left = ParseOperand();
            SkipSpace();
            foreach (var op in (string[])["!=", "<=", ">=", "=", "<", ">"])
            {
                if (string.CompareOrdinal(text, position, op, 0, op.Length) == 0)
                {
                    position += op.Length;
                    return new Comparison(op, left, ParseOperand());
                }
            }

            return left;
        }

        private Node ParseOperand()
        {
            if (++depth > MaxDepth)
            {
                throw Error("the condition is nested too deeply");
            }

            SkipSpace();
            if (position >= text.Length)
            {
                throw Error("the condition ends too early");
            }

            var node = text[position] switch
            {
                '$' => ParseReference(),
                '\'' or '"' => ParseText(),
                '(' => ParseGroup(),
                var c when char.IsAsciiDigit(c) || c is '-' or '.' => ParseNumber(),
                var c when char.IsAsciiLetter(c) => ParseFunction(),
                var c => throw Error($"unexpected '{c}'"),
            };
            depth--;
            return node;
        }

        private Reference ParseReference()
        {
            var start = position;
            if (position + 1 >= text.Length || text[position + 1] != '{')
            {
                throw Error("a reference is written ${name}");
            }

            position += 2;
            var close = text.IndexOf('}', position);
            if (close < 0)
            {
                throw Error("'${' is not closed with '}'", start);
            }

            var name = text[position..close];
            if (!SurveyNames.IsValid(name))
            {
                throw Error($"'{name}' is not a valid item name", position);
            }

            position = close + 1;
            if (!References.Contains(name))
            {
                References.Add(name);
            }

            return new Reference(name);
        }

        private Literal ParseText()
        {
            var quote = text[position];
            var start = position;
            var close = text.IndexOf(quote, position + 1);
            if (close < 0)
            {
                throw Error("the quoted text is not closed", start);
            }

            position = close + 1;
            return new Literal(Value.Of(text[(start + 1)..close]));
        }

        private Literal ParseNumber()
        {
            var start = position;
            position++;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }

            return double.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? new Literal(Value.Of(number))
                : throw Error($"'{text[start..position]}' is not a number", start);
        }

        private Node ParseGroup()
        {
            position++;
            var inner = ParseOr();
            Expect(')');
            return inner;
        }

        private Node ParseFunction()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetter(text[position]) || text[position] == '-'))
            {
                position++;
            }

            var name = text[start..position];
            SkipSpace();
            if (position >= text.Length || text[position] != '(')
            {
                throw Error($"'{name}' is not supported; write item references as ${{name}} and text in quotes", start);
            }

            position++;
            Node node = name switch
            {
                "not" => new Not(ParseOr()),
                "selected" => new Selected(ParseOperand(), ExpectComma(ParseOperand)),
                "count-selected" => new CountSelected(ParseOperand()),
                _ => throw Error($"the function '{name}' is not supported (supported: not, selected, count-selected)", start),
            };
            Expect(')');
            return node;
        }

        private Node ExpectComma(Func<Node> next)
        {
            Expect(',');
            return next();
        }

        private void Expect(char expected)
        {
            SkipSpace();
            if (position >= text.Length || text[position] != expected)
            {
                throw Error(position >= text.Length ? $"'{expected}' is missing at the end" : $"expected '{expected}' but found '{text[position]}'");
            }

            position++;
        }

        private bool TryKeyword(string keyword)
        {
            SkipSpace();
            var end = position + keyword.Length;
            if (end <= text.Length && string.CompareOrdinal(text, position, keyword, 0, keyword.Length) == 0
                && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end])))
            {
                position = end;
                return true;
            }

            return false;
        }

        private void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private ShowIfSyntaxException Error(string message, int? at = null) => new(message, (at ?? position) + 1);
    }
}
