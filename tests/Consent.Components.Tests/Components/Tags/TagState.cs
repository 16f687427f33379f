namespace Consent.Components.Tests.Components;

/// <summary>The four states every tag component is tested in.</summary>
public enum TagState
{
    NoDecision,
    Granted,
    Refused,
    AcceptAllUnderGpc,
}
