#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to a file descriptor: the one loop every module uses, so that a short write, a signal and a
/// descriptor someone made non-blocking are handled the same everywhere, and a failure is never lost.
public enum Descriptor {
    /// Writes every byte to `descriptor`. Returns nil once all are written, else the `errno` that stopped
    /// it (`ENOSPC` on a full disk or `/dev/full`, `EBADF` on a closed descriptor, `EPIPE`, `EIO`).
    ///
    /// A write interrupted by a signal is retried; a descriptor left non-blocking by another program
    /// (`EAGAIN`) is waited on until it takes more.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            // A write of a non-empty buffer that returns 0 made no progress: report it rather than spin.
            guard written < 0 else { return EIO }
            switch errno {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                if poll(&wanted, 1, -1) < 0 && errno != EINTR { return errno }
            case let code:
                return code
            }
        }
        return nil
    }

    /// Writes every byte of `bytes` to `descriptor`; see `writeAll(_:to:)` for a raw buffer.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// The system's words for an `errno` value.
    public static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
