#if canImport(Glibc)
    import Glibc
#endif

/// The locale, set before curses starts, as ncursesw needs for wide characters.
enum TerminalLocale {
    /// Adopts the user's locale; returns whether it encodes text as UTF-8. When it does not, the
    /// character type falls back to C.UTF-8 (so wide-character calls work, and typed UTF-8 still
    /// decodes when the terminal sends it anyway), and the screens draw ASCII.
    @discardableResult
    static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return false
    }

    /// Whether the current character type is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

/// Facts about standard input, for noticing that the terminal has gone away.
enum StandardInput {
    /// Whether standard input has hung up or closed: the terminal (or the SSH session) is gone.
    static var hasHungUp: Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        // A signal interrupting poll is not a hang-up; any other failure means input is unusable.
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
