namespace Consent.AspNetCore;

/// <summary>
/// Parses a cookie's <c>Expires</c> value the way browsers do: the algorithm of RFC 6265 §5.1.1, not HTTP's date
/// formats. It takes the first time, day, month and year tokens in any order, reads two-digit years 70–99 as 19xx and
/// 00–69 as 20xx, and ignores everything else, time zones and numeric offsets included (the time is always UTC).
/// </summary>
internal static class CookieDate
{
    public static bool TryParse(ReadOnlySpan<char> value, out DateTimeOffset date)
    {
        date = default;
        int hour = -1, minute = -1, second = -1, day = -1, month = -1, year = -1;
        var position = 0;
        while (position < value.Length)
        {
            while (position < value.Length && IsDelimiter(value[position]))
            {
                position++;
            }

            var start = position;
            while (position < value.Length && !IsDelimiter(value[position]))
            {
                position++;
            }

            var token = value[start..position];
            if (token.IsEmpty)
            {
                continue;
            }

            if (hour < 0 && TryTime(token, out var h, out var m, out var s))
            {
                (hour, minute, second) = (h, m, s);
            }
            else if (day < 0 && TryDigits(token, 1, 2, out var d))
            {
                day = d;
            }
            else if (month < 0 && TryMonth(token, out var mo))
            {
                month = mo;
            }
            else if (year < 0 && TryDigits(token, 2, 4, out var y))
            {
                year = y;
            }
        }

        if (year is >= 70 and <= 99)
        {
            year += 1900;
        }
        else if (year is >= 0 and <= 69)
        {
            year += 2000;
        }

        if (hour < 0 || day < 1 || day > 31 || month < 0 || year < 1601 || hour > 23 || minute > 59 || second > 59
            || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    // delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E; everything else, non-ASCII too, is part of a token.
    private static bool IsDelimiter(char c) =>
        c == '\t' || c is >= ' ' and <= '/' || c is >= ';' and <= '@' || c is >= '[' and <= '`' || c is >= '{' and <= '~';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary><c>min*maxDIGIT</c>, then either the end or a non-digit followed by anything.</summary>
    private static bool TryDigits(ReadOnlySpan<char> token, int min, int max, out int number)
    {
        number = 0;
        var count = 0;
        while (count < token.Length && IsDigit(token[count]))
        {
            if (++count > max)
            {
                return false;
            }

            number = (number * 10) + (token[count - 1] - '0');
        }

        return count >= min;
    }

    /// <summary><c>hms-time = time-field ":" time-field ":" time-field</c>, each field 1*2DIGIT, then anything after a non-digit.</summary>
    private static bool TryTime(ReadOnlySpan<char> token, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        Span<int> fields = stackalloc int[3];
        var position = 0;
        for (var field = 0; field < 3; field++)
        {
            var start = position;
            while (position < token.Length && IsDigit(token[position]) && position - start < 2)
            {
                fields[field] = (fields[field] * 10) + (token[position++] - '0');
            }

            if (position == start)
            {
                return false;
            }

            if (field < 2)
            {
                if (position >= token.Length || token[position] != ':')
                {
                    return false;
                }

                position++;
            }
            else if (position < token.Length && IsDigit(token[position]))
            {
                return false;
            }
        }

        (hour, minute, second) = (fields[0], fields[1], fields[2]);
        return true;
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    private static bool TryMonth(ReadOnlySpan<char> token, out int month)
    {
        month = 0;
        if (token.Length < 3)
        {
            return false;
        }

        // ASCII case folding only: Unicode folding would read U+017F "ſep" as "sep", which no browser does.
        var index = "janfebmaraprmayjunjulaugsepoctnovdec";
        for (var i = 0; i < 12; i++)
        {
            if (Lower(token[0]) == index[i * 3] && Lower(token[1]) == index[(i * 3) + 1] && Lower(token[2]) == index[(i * 3) + 2])
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }
}
