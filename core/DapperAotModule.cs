using Dapper;

// Dapper's calls are bound at build time (Dapper.AOT's interceptors) instead of by code emitted at run
// time, so a Native AOT publish can run them. Results are read into named types (Dapper.AOT reads no
// tuples; .editorconfig makes one a build error), and each call passes its command timeout (CommandTimeouts).
[module: DapperAot]
