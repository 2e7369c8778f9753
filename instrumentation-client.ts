import { z } from "zod";

// Runs in the browser before the app's own modules. The Content-Security-Policy (proxy.ts) forbids
// evaluating strings as code; zod would probe for that with `new Function("")` to compile its object
// parsers, and every probe is reported as a policy violation. Parsing without compiling is as correct.
z.config({ jitless: true });
