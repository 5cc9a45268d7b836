using System.Globalization;
using System.Text;

namespace Lantern.Statistics.Sem.Syntax;

/// <summary>
/// Reads lavaan's model syntax (https://lavaan.ugent.be/tutorial/syntax1.html): <c>=~</c>, <c>~</c>,
/// <c>~~</c> and <c>:=</c> statements, one per line or separated by <c>;</c>, with <c>#</c> or <c>!</c>
/// comments. A statement continues onto the next line when the line ends with an operator or one of
/// <c>+ - * / ^</c>, or when the next line starts with one of <c>+ - * / ^</c>.
/// </summary>
/// <remarks>
/// Supported: several left-hand variables (<c>y1 + y2 ~ x</c>, each gets every right-hand term);
/// one modifier per term: a label (<c>a*x</c>), a fixed value (<c>0.5*x</c>, <c>-1*x</c>,
/// <c>1e-3*x</c>) or <c>NA*x</c> (explicitly free); duplicate terms are kept as written. Not
/// supported (a <see cref="ModelSyntaxException"/> says so): intercepts (<c>~ 1</c>), the function
/// modifiers <c>label()</c>, <c>start()</c>, <c>equal()</c>, <c>c()</c>, start values with <c>?</c>,
/// several modifiers on one term, the operators <c>==</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;~</c>,
/// <c>|</c>, <c>~*~</c>, and functions in <c>:=</c> expressions.
/// </remarks>
public static class ModelParser
{
    /// <summary>Deepest nesting of parentheses and unary signs in a defined parameter's expression.</summary>
    private const int MaxNesting = 200;

    /// <summary>Parses <paramref name="syntax"/> into the user's terms and defined parameters.</summary>
    /// <exception cref="ModelSyntaxException">The syntax is not valid; the exception names the line and column.</exception>
    public static ParsedModel Parse(string syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var tokens = Tokenize(syntax);
        var terms = new List<ModelTerm>();
        var definitions = new List<Definition>();
        foreach (var statement in SplitStatements(tokens))
        {
            new StatementParser(statement).Parse(terms, definitions);
        }

        CheckDefinitions(terms, definitions);
        return new ParsedModel(terms, definitions);
    }

    /// <summary>
    /// Every label a defined parameter reads must be a term's label or a parameter defined earlier;
    /// a defined parameter's name must be new.
    /// </summary>
    private static void CheckDefinitions(List<ModelTerm> terms, List<Definition> definitions)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Modifier.Label is { } label)
            {
                labels.Add(label);
            }
        }

        var defined = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (labels.Contains(definition.Name))
            {
                throw new ModelSyntaxException(
                    $"\"{definition.Name}\" is already a parameter label; a defined parameter needs a name of its own",
                    definition.Position);
            }

            if (defined.TryGetValue(definition.Name, out var first))
            {
                throw new ModelSyntaxException(
                    $"\"{definition.Name}\" is defined twice (first at {first})",
                    definition.Position);
            }

            foreach (var (label, position) in definition.Expression.Labels())
            {
                if (!labels.Contains(label) && !defined.ContainsKey(label))
                {
                    throw new ModelSyntaxException(
                        $"unknown label \"{label}\" in the definition of \"{definition.Name}\": it is neither the label of a parameter (as in {label}*x) nor a parameter defined earlier with :=",
                        position);
                }
            }

            defined.Add(definition.Name, definition.Position);
        }
    }

    // ------------------------------------------------------------------ tokens

    private enum TokenKind
    {
        Identifier,
        Number,
        String,
        Operator,
        Plus,
        Minus,
        Star,
        Slash,
        Caret,
        LeftParen,
        RightParen,
        Comma,
        Question,
        Semicolon,
        Newline,
        End,
    }

    /// <summary>One token; <see cref="Value"/> is the value of a number.</summary>
    private readonly record struct Token(TokenKind Kind, string Text, SourcePosition Position, double Value = 0)
    {
        /// <summary>The token as an error message quotes it.</summary>
        public string Display => Kind switch
        {
            TokenKind.End or TokenKind.Newline or TokenKind.Semicolon => "the end of the statement",
            _ => $"\"{Text}\"",
        };
    }

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>(s.Length / 2 + 1);
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var position = new SourcePosition(line, i - lineStart + 1);
            switch (c)
            {
                case '\n' or '\r':
                    tokens.Add(new Token(TokenKind.Newline, "\n", position));
                    i += c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                    line++;
                    lineStart = i;
                    continue;
                case '#' or '!':
                    while (i < s.Length && s[i] is not ('\n' or '\r'))
                    {
                        i++;
                    }

                    continue;
                case '"' or '\'':
                    tokens.Add(ReadString(s, ref i, position));
                    continue;
                case '=' or '~' or '<' or '>' or ':' or '|' or '%':
                    tokens.Add(ReadOperator(s, ref i, position));
                    continue;
            }

            var single = c switch
            {
                '+' => TokenKind.Plus,
                '-' => TokenKind.Minus,
                '*' => TokenKind.Star,
                '/' => TokenKind.Slash,
                '^' => TokenKind.Caret,
                '(' => TokenKind.LeftParen,
                ')' => TokenKind.RightParen,
                ',' => TokenKind.Comma,
                '?' => TokenKind.Question,
                ';' => TokenKind.Semicolon,
                _ => (TokenKind?)null,
            };
            if (single is { } kind)
            {
                tokens.Add(new Token(kind, c.ToString(), position));
                i++;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                tokens.Add(ReadNumber(s, ref i, position));
            }
            else if (IsNameStart(c))
            {
                var start = i;
                while (i < s.Length && IsNamePart(s[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, s[start..i], position));
            }
            else
            {
                throw new ModelSyntaxException($"unexpected character '{c}'", position);
            }
        }

        tokens.Add(new Token(TokenKind.End, "", new SourcePosition(line, i - lineStart + 1)));
        return tokens;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '.';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    /// <summary>A run of operator characters, classified later (so <c>=~~</c> is one unknown operator).</summary>
    private static Token ReadOperator(string s, ref int i, SourcePosition position)
    {
        var start = i;
        while (i < s.Length && s[i] is '=' or '~' or '<' or '>' or ':' or '|' or '%')
        {
            i++;
        }

        // "<-" (R's assignment) and "~*~" (lavaan's scaling operator) are single operators too.
        if (i - start == 1 && s[start] == '<' && i < s.Length && s[i] == '-')
        {
            i++;
        }
        else if (i - start == 1 && s[start] == '~' && i + 1 < s.Length && s[i] == '*' && s[i + 1] == '~')
        {
            i += 2;
        }

        return new Token(TokenKind.Operator, s[start..i], position);
    }

    private static Token ReadString(string s, ref int i, SourcePosition position)
    {
        var quote = s[i];
        var start = i;
        i++;
        while (i < s.Length && s[i] != quote)
        {
            if (s[i] is '\n' or '\r')
            {
                break;
            }

            i++;
        }

        if (i >= s.Length || s[i] != quote)
        {
            throw new ModelSyntaxException($"unterminated string: the {quote} is not closed on its line", position);
        }

        i++;
        return new Token(TokenKind.String, s[start..i], position);
    }

    /// <summary>
    /// A number: digits with an optional decimal point and exponent. Letters, digits, dots and
    /// underscores glued to it make it a bad number (<c>1.2.3</c>, <c>2x</c>, <c>1e</c>).
    /// </summary>
    private static Token ReadNumber(string s, ref int i, SourcePosition position)
    {
        var start = i;
        while (i < s.Length)
        {
            if (IsNamePart(s[i]))
            {
                i++;
            }
            else if (s[i] is '+' or '-' && s[i - 1] is 'e' or 'E' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var text = s[start..i];
        if (!IsWellFormedNumber(text))
        {
            var hint = char.IsLetter(text[^1]) || text.Contains('_') ? " (names must not start with a digit)" : "";
            throw new ModelSyntaxException($"bad number \"{text}\"{hint}", position);
        }

        var value = double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            throw new ModelSyntaxException($"bad number \"{text}\": too large", position);
        }

        return new Token(TokenKind.Number, text, position, value);
    }

    /// <summary><c>digits[.digits]</c> or <c>.digits</c>, then optionally <c>e[+-]digits</c>.</summary>
    private static bool IsWellFormedNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    // ------------------------------------------------------------------ statements

    private static bool ContinuesAfter(TokenKind kind) =>
        kind is TokenKind.Operator or TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash or TokenKind.Caret;

    private static bool ContinuesBefore(TokenKind kind) =>
        kind is TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash or TokenKind.Caret;

    /// <summary>
    /// Cuts the tokens into statements at newlines and semicolons, except where a line ends with an
    /// operator or <c>+ - * / ^</c> or the next line starts with one of <c>+ - * / ^</c>. Each
    /// statement ends with an <see cref="TokenKind.End"/> token at the place that ended it.
    /// </summary>
    private static List<List<Token>> SplitStatements(List<Token> tokens)
    {
        var statements = new List<List<Token>>();
        var current = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Newline:
                    if (current.Count == 0 || ContinuesAfter(current[^1].Kind))
                    {
                        continue;
                    }

                    var next = i + 1;
                    while (tokens[next].Kind == TokenKind.Newline)
                    {
                        next++;
                    }

                    if (ContinuesBefore(tokens[next].Kind))
                    {
                        continue;
                    }

                    break;
                case TokenKind.Semicolon or TokenKind.End:
                    if (current.Count == 0)
                    {
                        continue;
                    }

                    break;
                default:
                    current.Add(token);
                    continue;
            }

            current.Add(new Token(TokenKind.End, "", token.Position));
            statements.Add(current);
            current = [];
        }

        return statements;
    }

    /// <summary>Parses one statement (its tokens end with <see cref="TokenKind.End"/>).</summary>
    private sealed class StatementParser(List<Token> tokens)
    {
        private int _index;

        private Token Current => tokens[_index];

        private Token Peek(int ahead = 1) => tokens[Math.Min(_index + ahead, tokens.Count - 1)];

        private Token Previous => tokens[_index - 1];

        private Token Advance() => tokens[_index++];

        public void Parse(List<ModelTerm> terms, List<Definition> definitions)
        {
            var lhs = ParseLeftSide();
            var op = Advance();
            if (op.Text == ":=")
            {
                definitions.Add(ParseDefinition(lhs, op));
                return;
            }

            var kind = ClassifyOperator(op);
            if (Current.Kind == TokenKind.End)
            {
                throw new ModelSyntaxException($"missing right-hand side after \"{op.Text}\"", op.Position);
            }

            var rhs = new List<(string Variable, Modifier Modifier, SourcePosition Position)>();
            while (true)
            {
                rhs.Add(ParseTerm(kind));
                if (Current.Kind == TokenKind.Plus)
                {
                    var plus = Advance();
                    if (Current.Kind == TokenKind.End)
                    {
                        throw new ModelSyntaxException("\"+\" must be followed by a term", plus.Position);
                    }
                }
                else if (Current.Kind == TokenKind.End)
                {
                    break;
                }
                else if (Current.Kind == TokenKind.Operator)
                {
                    throw new ModelSyntaxException($"unexpected operator \"{Current.Text}\": a statement has only one operator", Current.Position);
                }
                else
                {
                    throw new ModelSyntaxException($"expected \"+\" or the end of the statement, found {Current.Display}", Current.Position);
                }
            }

            foreach (var (name, _) in lhs)
            {
                foreach (var (variable, modifier, position) in rhs)
                {
                    terms.Add(new ModelTerm(name, kind, variable, modifier, position));
                }
            }
        }

        /// <summary>One or more names joined by <c>+</c>, then an operator (left as <see cref="Current"/>).</summary>
        private List<(string Name, SourcePosition Position)> ParseLeftSide()
        {
            var names = new List<(string, SourcePosition)>();
            if (Current.Kind == TokenKind.Operator)
            {
                throw Current.Text == ":="
                    ? new ModelSyntaxException("\":=\" without a name: write name := expression", Current.Position)
                    : new ModelSyntaxException($"missing left-hand side before \"{Current.Text}\"", Current.Position);
            }

            while (true)
            {
                if (Current.Kind != TokenKind.Identifier)
                {
                    throw new ModelSyntaxException($"expected a variable name, found {Current.Display}", Current.Position);
                }

                var name = Advance();
                names.Add((name.Text, name.Position));
                switch (Current.Kind)
                {
                    case TokenKind.Operator:
                        return names;
                    case TokenKind.Plus:
                        Advance();
                        continue;
                    case TokenKind.Star or TokenKind.LeftParen:
                        throw new ModelSyntaxException("modifiers on the left-hand side are not supported", Current.Position);
                    case TokenKind.End:
                        throw new ModelSyntaxException(
                            $"\"{name.Text}\" is not followed by an operator; expected =~, ~, ~~ or :=", name.Position);
                    default:
                        throw new ModelSyntaxException(
                            $"expected an operator (=~, ~, ~~ or :=) after \"{name.Text}\", found {Current.Display}", Current.Position);
                }
            }
        }

        private static Operator ClassifyOperator(Token op) => op.Text switch
        {
            "=~" => Operator.MeasuredBy,
            "~" => Operator.Regression,
            "~~" => Operator.Covariance,
            "==" or "<" or ">" => throw new ModelSyntaxException($"constraints (\"{op.Text}\") are not supported", op.Position),
            "<~" => throw new ModelSyntaxException("formative indicators (\"<~\") are not supported", op.Position),
            "|" => throw new ModelSyntaxException("thresholds (\"|\") are not supported", op.Position),
            "~*~" => throw new ModelSyntaxException("scaling factors (\"~*~\") are not supported", op.Position),
            _ => throw new ModelSyntaxException($"unknown operator \"{op.Text}\"; expected =~, ~, ~~ or :=", op.Position),
        };

        /// <summary><c>[modifier*]variable</c>.</summary>
        private (string Variable, Modifier Modifier, SourcePosition Position) ParseTerm(Operator op)
        {
            var start = Current.Position;
            var modifier = Modifier.None;
            var modifierText = "";
            switch (Current.Kind)
            {
                case TokenKind.Identifier when Peek().Kind == TokenKind.LeftParen:
                    throw UnsupportedFunction(Current);
                case TokenKind.Identifier when Peek().Kind == TokenKind.Question:
                case TokenKind.Number when Peek().Kind == TokenKind.Question:
                    throw new ModelSyntaxException("start values (\"?\") are not supported", Peek().Position);
                case TokenKind.Identifier when Peek().Kind == TokenKind.Star:
                    var label = Advance();
                    modifierText = label.Text;
                    modifier = label.Text == "NA" ? Modifier.None with { ExplicitlyFree = true } : Modifier.None with { Label = label.Text };
                    break;
                case TokenKind.Identifier:
                    return (ParseVariable(), Modifier.None, start);
                case TokenKind.Number or TokenKind.Minus:
                    var (value, text) = ParseSignedNumber();
                    if (Current.Kind != TokenKind.Star)
                    {
                        throw Current.Kind == TokenKind.Question
                            ? new ModelSyntaxException("start values (\"?\") are not supported", Current.Position)
                            : NumberAsVariable(op, value, text, start);
                    }

                    modifierText = text;
                    modifier = Modifier.None with { FixedValue = value };
                    break;
                default:
                    throw new ModelSyntaxException($"expected a term (a variable, or modifier*variable), found {Current.Display}", Current.Position);
            }

            var star = Advance();
            switch (Current.Kind)
            {
                case TokenKind.End or TokenKind.Plus:
                    throw new ModelSyntaxException($"\"{modifierText}*\" has no variable after \"*\"", star.Position);
                case TokenKind.Identifier when Peek().Kind == TokenKind.LeftParen:
                    throw UnsupportedFunction(Current);
                case TokenKind.Identifier or TokenKind.Number when Peek().Kind == TokenKind.Star:
                case TokenKind.Minus when Peek().Kind == TokenKind.Number && Peek(2).Kind == TokenKind.Star:
                    throw new ModelSyntaxException(
                        "only one modifier per term is supported; to label and fix a parameter, write the term twice (e.g. 0.5*x + a*x)",
                        Current.Position);
                case TokenKind.Identifier:
                    return (ParseVariable(), modifier, start);
                case TokenKind.Number when op == Operator.Regression && Current.Value == 1:
                    throw new ModelSyntaxException("intercepts (~ 1) are not supported yet", start);
                default:
                    throw new ModelSyntaxException($"expected a variable name after \"*\", found {Current.Display}", Current.Position);
            }
        }

        private string ParseVariable()
        {
            var name = Advance();
            if (name.Text == "NA")
            {
                throw new ModelSyntaxException("NA is not a variable; write NA*x to free the parameter of x", name.Position);
            }

            return name.Text;
        }

        /// <summary>A number, optionally preceded by <c>-</c>.</summary>
        private (double Value, string Text) ParseSignedNumber()
        {
            if (Current.Kind == TokenKind.Minus)
            {
                var minus = Advance();
                if (Current.Kind != TokenKind.Number)
                {
                    throw new ModelSyntaxException("\"-\" must be followed by a number (as in -1*x)", minus.Position);
                }

                var number = Advance();
                return (-number.Value, "-" + number.Text);
            }

            var token = Advance();
            return (token.Value, token.Text);
        }

        private static ModelSyntaxException NumberAsVariable(Operator op, double value, string text, SourcePosition position) =>
            op == Operator.Regression && value == 1 && text[0] != '-'
                ? new ModelSyntaxException("intercepts (~ 1) are not supported yet", position)
                : new ModelSyntaxException($"a number must be followed by \"*\" and a variable (as in {text}*x), found {text} alone", position);

        private static ModelSyntaxException UnsupportedFunction(Token name) => name.Text switch
        {
            "label" => new ModelSyntaxException("the modifier label(...) is not supported; write the label directly, as in a*x", name.Position),
            "start" => new ModelSyntaxException("start values (start(...)) are not supported", name.Position),
            "c" => new ModelSyntaxException("modifiers for several groups (c(...)) are not supported", name.Position),
            _ => new ModelSyntaxException($"the modifier {name.Text}(...) is not supported", name.Position),
        };

        // -------------------------------------------------------------- := definitions

        private Definition ParseDefinition(List<(string Name, SourcePosition Position)> lhs, Token op)
        {
            if (lhs.Count != 1)
            {
                throw new ModelSyntaxException("a defined parameter has a single name: name := expression", lhs[1].Position);
            }

            if (Current.Kind == TokenKind.End)
            {
                throw new ModelSyntaxException("missing right-hand side after \":=\"", op.Position);
            }

            var start = _index;
            var expression = ParseSum(0);
            switch (Current.Kind)
            {
                case TokenKind.End:
                    return new Definition(lhs[0].Name, expression, lhs[0].Position) { Text = Concatenate(start, _index) };
                case TokenKind.RightParen:
                    throw new ModelSyntaxException("unmatched \")\"", Current.Position);
                case TokenKind.Operator:
                    throw new ModelSyntaxException($"unexpected operator \"{Current.Text}\": a statement has only one operator", Current.Position);
                default:
                    throw new ModelSyntaxException($"expected an operator (+ - * / ^) or the end of the statement, found {Current.Display}", Current.Position);
            }
        }

        /// <summary>The tokens' texts without the spaces between them, as lavaan prints a := right side.</summary>
        private string Concatenate(int start, int end)
        {
            var text = new StringBuilder();
            for (var i = start; i < end; i++)
            {
                text.Append(tokens[i].Text);
            }

            return text.ToString();
        }

        private Expression ParseSum(int depth)
        {
            var left = ParseProduct(depth);
            while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
            {
                var op = Advance().Text[0];
                left = new BinaryExpression(op, left, ParseProduct(depth));
            }

            return left;
        }

        private Expression ParseProduct(int depth)
        {
            var left = ParseUnary(depth);
            while (Current.Kind is TokenKind.Star or TokenKind.Slash)
            {
                var op = Advance().Text[0];
                left = new BinaryExpression(op, left, ParseUnary(depth));
            }

            return left;
        }

        /// <summary>Unary signs bind looser than <c>^</c>: <c>-a^2</c> is <c>-(a^2)</c>.</summary>
        private Expression ParseUnary(int depth)
        {
            if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
            {
                var sign = Advance();
                CheckDepth(depth + 1, sign);
                var operand = ParseUnary(depth + 1);
                return sign.Kind == TokenKind.Minus ? new NegateExpression(operand) : operand;
            }

            return ParsePower(depth);
        }

        /// <summary><c>^</c> is right-associative and takes a signed exponent: <c>2^3^2</c> is <c>2^(3^2)</c>.</summary>
        private Expression ParsePower(int depth)
        {
            var power = ParsePrimary(depth);
            if (Current.Kind == TokenKind.Caret)
            {
                var caret = Advance();
                CheckDepth(depth + 1, caret);
                power = new BinaryExpression('^', power, ParseUnary(depth + 1));
            }

            return power;
        }

        private Expression ParsePrimary(int depth)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Advance();
                    return new NumberExpression(token.Value);
                case TokenKind.Identifier when Peek().Kind == TokenKind.LeftParen:
                    throw new ModelSyntaxException($"functions ({token.Text}(...)) are not supported in defined parameters", token.Position);
                case TokenKind.Identifier:
                    Advance();
                    return new LabelExpression(token.Text, token.Position);
                case TokenKind.LeftParen:
                    Advance();
                    CheckDepth(depth + 1, token);
                    if (Current.Kind == TokenKind.RightParen)
                    {
                        throw new ModelSyntaxException("empty parentheses", token.Position);
                    }

                    var inner = ParseSum(depth + 1);
                    if (Current.Kind == TokenKind.RightParen)
                    {
                        Advance();
                        return inner;
                    }

                    throw Current.Kind == TokenKind.End
                        ? new ModelSyntaxException("unmatched \"(\"", token.Position)
                        : new ModelSyntaxException($"expected \")\" or an operator, found {Current.Display}", Current.Position);
                case TokenKind.End or TokenKind.RightParen:
                    throw new ModelSyntaxException($"\"{Previous.Text}\" must be followed by a number, a label or \"(\"", Previous.Position);
                default:
                    throw new ModelSyntaxException($"expected a number, a label or \"(\", found {token.Display}", token.Position);
            }
        }

        private static void CheckDepth(int depth, Token token)
        {
            if (depth > MaxNesting)
            {
                throw new ModelSyntaxException($"the expression is nested more than {MaxNesting} levels deep", token.Position);
            }
        }
    }
}
