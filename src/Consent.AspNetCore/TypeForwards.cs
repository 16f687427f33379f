using System.Runtime.CompilerServices;

// These two moved to the browser-safe Consent.Components assembly (same namespace), where components rendered in
// WebAssembly need them; code compiled against an older Consent.AspNetCore still finds them here.
[assembly: TypeForwardedTo(typeof(Consent.AspNetCore.ConsentFormNames))]
[assembly: TypeForwardedTo(typeof(Consent.AspNetCore.ConsentTextHash))]
