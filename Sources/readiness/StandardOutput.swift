import ReadinessIO
import ReadinessStore

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output, as every command writes its result: unbuffered, every write checked, so output that
/// cannot be written (`> /dev/full`, a full disk, a closed stream) fails the command with exit 74 and the
/// reason, instead of exiting 0 with nothing written.
enum StandardOutput {
    /// Writes `text` whole, or throws naming the reason.
    static func write(_ text: String) throws(FileError) {
        try write(Array(text.utf8))
    }

    /// Writes `bytes` whole, or throws naming the reason.
    static func write(_ bytes: [UInt8]) throws(FileError) {
        if let code = Descriptor.writeAll(bytes, to: 1) { throw failure(code) }
    }

    /// Prepares the standard streams before anything else runs: a stream the caller closed (`>&-`) gets a
    /// placeholder that refuses its use, so that no file this program opens can take its number (a lock
    /// file on descriptor 1 would receive the report), and writing it fails as it should. Then checks, at
    /// exit, what was printed through the C library (the argument parser's help and version).
    static func prepare() {
        // In order, so each `open` lands on the number that is missing: read-only where output is expected
        // and write-only for input, so every use fails with EBADF.
        for (descriptor, flags) in [(Int32(0), O_WRONLY), (1, O_RDONLY), (2, O_RDONLY)] where fcntl(descriptor, F_GETFD) < 0 {
            let placeholder = open("/dev/null", flags | O_CLOEXEC)
            if placeholder >= 0, placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
        // A reader that went away (`readiness list | head -1`) is a write error with its reason, exit 74,
        // not a death by SIGPIPE half-way through: an interview still saves and releases its lock.
        signal(SIGPIPE, SIG_IGN)
        atexit {
            // Every C stream: only standard output is ever written through one here.
            guard fflush(nil) != 0 else { return }
            printError(StandardOutput.failure(errno == 0 ? EIO : errno).description)
            _exit(ExitStatus.fileSystem)
        }
    }

    private static func failure(_ code: Int32) -> FileError {
        let reason = code == EBADF ? "it is closed" : Descriptor.reason(code)
        return FileError(path: "standard output", reason: "cannot write it: \(reason)")
    }
}
