using System.Text;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>The two sinks of <see cref="ConsentEventParser"/>: one builds the event, one only keeps what verification needs.</summary>
internal static partial class ConsentEventParser
{
    /// <summary>Builds a <see cref="ConsentEvent"/> (show, export, stats, report).</summary>
    internal struct DecodingSink : ISink
    {
        private ConsentId _consentId;
        private DateTimeOffset _occurredAt;
        private ConsentEventType _type;
        private ConsentCategoryState[] _categories;
        private int _category;
        private readonly string?[] _texts;
        private bool _gpc;

        public DecodingSink()
        {
            _categories = [];
            _texts = new string?[9];
        }

        public void Identity(ReadOnlySpan<byte> consentId, DateTimeOffset occurredAt)
        {
            Span<char> text = stackalloc char[ConsentId.ByteCount * 2];
            var written = Encoding.ASCII.GetChars(consentId, text);
            _consentId = ConsentId.TryParse(text[..written], out var id) ? id : throw new FormatException("Bad consent ID.");
            _occurredAt = occurredAt;
        }

        public void Type(ConsentEventType type) => _type = type;

        public void CategoryCount(int count) => _categories = new ConsentCategoryState[count];

        public void Category(ReadOnlySpan<byte> key, bool granted) =>
            _categories[_category++] = new ConsentCategoryState(Encoding.UTF8.GetString(key), granted);

        public readonly void Text(TextField field, ReadOnlySpan<byte> value, bool present) =>
            _texts[(int)field] = present ? Encoding.UTF8.GetString(value) : null;

        public void GlobalPrivacyControl(bool present) => _gpc = present;

        public readonly ConsentEvent ToEvent() => new()
        {
            ConsentId = _consentId,
            OccurredAt = _occurredAt,
            Type = _type,
            Categories = _categories,
            PolicyRevision = _texts[(int)TextField.PolicyRevision]!,
            Language = _texts[(int)TextField.Language]!,
            BannerTextHash = _texts[(int)TextField.BannerTextHash],
            Control = _texts[(int)TextField.Control]!,
            Host = _texts[(int)TextField.Host]!,
            Path = _texts[(int)TextField.Path]!,
            GlobalPrivacyControl = _gpc,
            ClientAddress = _texts[(int)TextField.ClientAddress],
            UserAgent = _texts[(int)TextField.UserAgent],
            SubmissionKey = _texts[(int)TextField.SubmissionKey],
        };
    }

    /// <summary>Keeps the consent ID, the time, the banner text hash and the submission key, as spans of the body: nothing is allocated.</summary>
    internal ref struct ValidatingSink : ISink
    {
        public ReadOnlySpan<byte> ConsentId { get; private set; }

        public DateTimeOffset OccurredAt { get; private set; }

        public ReadOnlySpan<byte> BannerTextHash { get; private set; }

        public ReadOnlySpan<byte> SubmissionKey { get; private set; }

        public void Identity(ReadOnlySpan<byte> consentId, DateTimeOffset occurredAt)
        {
            ConsentId = consentId;
            OccurredAt = occurredAt;
        }

        public readonly void Type(ConsentEventType type)
        {
        }

        public readonly void CategoryCount(int count)
        {
        }

        public readonly void Category(ReadOnlySpan<byte> key, bool granted)
        {
        }

        public void Text(TextField field, ReadOnlySpan<byte> value, bool present)
        {
            if (field == TextField.BannerTextHash)
            {
                BannerTextHash = value;
            }
            else if (field == TextField.SubmissionKey)
            {
                SubmissionKey = value;
            }
        }

        public readonly void GlobalPrivacyControl(bool present)
        {
        }
    }
}
