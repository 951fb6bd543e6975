// Keeps the Swift runtime's crash reporter from waiting for keys on a terminal.
//
// On a terminal the reporter is interactive by default: after a crash it prints over the screen and waits
// 30 seconds for a debugger command, with the terminal still in curses' mode. The runtime reads its
// settings once, from SWIFT_BACKTRACE, in a constructor of its own. When the runtime is linked into the
// program (the shipped, static build), the constructor below runs first (a constructor with a priority
// runs before the ones without), so setting the variable here is enough. A shared runtime has already
// read it by then; the full-screen interview then starts itself once more (CrashReportSettings).
//
// Adding a variable moves `environ` from the process's first stack to the heap, and the runtime finds
// the program's arguments by walking back from `environ` (it has no other way on Linux before `main`).
// So the constructor first hands the runtime the arguments glibc passes to every constructor, through
// the runtime's own hook for that (the one its REPL uses); `CommandLine.arguments` then reads those.
#define _GNU_SOURCE
#include "crash_report_settings.h"

#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char noninteractive[] = "interactive=no";

bool readiness_crash_settings_choose_interaction(const char *settings) {
    if (settings == NULL) return false;
    const char *item = settings;
    while (*item != '\0') {
        const char *end = strchr(item, ',');
        if (end == NULL) end = item + strlen(item);
        const char *first = item, *last = end;
        while (first < last && *first == ' ') first++;
        while (last > first && last[-1] == ' ') last--;
        size_t length = (size_t)(last - first);
        if (length >= 12 && strncmp(first, "interactive=", 12) == 0) return true;
        if (length == 9 && strncmp(first, "enable=no", 9) == 0) return true;
        item = *end == ',' ? end + 1 : end;
    }
    return false;
}

bool readiness_add_noninteractive_crash_setting(void) {
    if (isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1) return false;
    const char *current = getenv("SWIFT_BACKTRACE");
    if (readiness_crash_settings_choose_interaction(current)) return false;
    if (current == NULL || *current == '\0') return setenv("SWIFT_BACKTRACE", noninteractive, 1) == 0;
    size_t length = strlen(current) + 1 + sizeof noninteractive;
    char *settings = malloc(length);
    if (settings == NULL) return false;
    strcpy(settings, current);
    strcat(settings, ",");
    strcat(settings, noninteractive);
    bool changed = setenv("SWIFT_BACKTRACE", settings, 1) == 0;
    free(settings);
    return changed;
}

static int findSharedSwiftRuntime(struct dl_phdr_info *info, size_t size, void *found) {
    (void)size;
    const char *name = info->dlpi_name == NULL ? "" : info->dlpi_name;
    const char *slash = strrchr(name, '/');
    const char *file = slash == NULL ? name : slash + 1;
    if (strncmp(file, "libswiftCore.so", 15) != 0) return 0;
    *(bool *)found = true;
    return 1;
}

bool readiness_swift_runtime_is_shared(void) {
    bool found = false;
    dl_iterate_phdr(findSharedSwiftRuntime, &found);
    return found;
}

// The Swift runtime's setter for `CommandLine.arguments` (Swift calling convention).
extern void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc) __attribute__((swiftcall));

// 101 is the first priority a program may use; the runtime's own constructors have none, so they run
// after. glibc calls each constructor with the program's argc, argv and environment.
__attribute__((constructor(101))) static void chooseNoninteractiveCrashReportsBeforeTheRuntime(
    int argc, char **argv, char **environment) {
    (void)environment;
    if (readiness_swift_runtime_is_shared()) return;
    if (argv == NULL || argc < 1) return;
    _swift_stdlib_overrideUnsafeArgvArgc(argv, argc);
    readiness_add_noninteractive_crash_setting();
}
