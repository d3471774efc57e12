// Test environment: pip on these machines cannot reach PyPI (a local index stands in) and would
// retry it for ~20 s in every isolated build; PIP_RETRIES reaches pip's build-isolation subprocess
// too, where a --retries flag does not. A user's runner reaches PyPI and needs neither.
process.env.PIP_RETRIES ??= '0'
process.env.PIP_DISABLE_PIP_VERSION_CHECK ??= '1'
// The containers a test file starts carry this run label (io.github.montage.build-wheel.run): tests
// look only at their own, never at another test run's on the same engine.
process.env.BUILD_WHEEL_RUN_ID ??= `test-${process.pid}-${Math.random().toString(16).slice(2, 10)}`
