using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Consent.Components;

/// <summary>
/// Names the shipped resources (<c>Resources/ConsentStrings*.resx</c>) for <c>IStringLocalizer</c>. Arabic is the
/// neutral language; English and French are satellites. The assembly's <see cref="ResourceLocationAttribute"/>
/// keeps the lookup right whatever <c>ResourcesPath</c> the host sets.
/// </summary>
internal sealed class ConsentStrings
{
}
