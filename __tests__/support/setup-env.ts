// Test environment: pip on these machines cannot reach PyPI (a local index stands in) and would
// retry it for ~20 s in every isolated build; PIP_RETRIES reaches pip's build-isolation subprocess
// too, where a --retries flag does not. A user's runner reaches PyPI and needs neither.
process.env.PIP_RETRIES ??= '0'
process.env.PIP_DISABLE_PIP_VERSION_CHECK ??= '1'
