using System.Text.Json.Serialization;

namespace Consent.Components;

/// <summary>Source-generated JSON for the guard's data, so that a trimmed WebAssembly app needs no reflection.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class GuardJson : JsonSerializerContext;
