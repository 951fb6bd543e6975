#ifndef READINESS_CRASH_REPORT_SETTINGS_H
#define READINESS_CRASH_REPORT_SETTINGS_H

#include <stdbool.h>

/// Whether a `SWIFT_BACKTRACE` value (NULL when the variable is unset) already says whether the crash
/// reporter may wait for keys: it names `interactive=` or turns the reporter off with `enable=no`.
bool readiness_crash_settings_choose_interaction(const char *settings);

/// Adds `interactive=no` to `SWIFT_BACKTRACE` when standard input and output are a terminal and the
/// variable does not already choose. Returns whether it changed the variable.
bool readiness_add_noninteractive_crash_setting(void);

/// Whether the Swift runtime is a shared library of this process (`swift build` without
/// `--static-swift-stdlib`). A shared runtime has read `SWIFT_BACKTRACE` before any of the program's own
/// code runs; a runtime linked into the program reads it after this module's constructor.
bool readiness_swift_runtime_is_shared(void);

#endif
