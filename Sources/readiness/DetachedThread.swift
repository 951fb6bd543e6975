#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work on a thread of its own that ends when the work does: reading ahead while the start screen is
/// drawn.
///
/// Not a Dispatch queue: the first use of Dispatch leaves a thread of its own waiting for the rest of the
/// process, and this toolchain's crash reporter can fail while walking such a thread's stack (it reads
/// a register the C code uses for data as a frame pointer and traps), so a crash on the interview's
/// screen would go unreported. The interview itself runs on the main thread alone.
enum DetachedThread {
    /// Starts `work` on a new thread; false, with the work not done, when no thread could be made.
    @discardableResult
    static func run(_ work: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(Work(work)).toOpaque()
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let started = pthread_create(
            &thread, nil,
            { pointer in
                guard let pointer else { return nil }
                Unmanaged<Work>.fromOpaque(pointer).takeRetainedValue().body()
                return nil
            }, box)
        guard started == 0 else {
            Unmanaged<Work>.fromOpaque(box).release()
            return false
        }
        #if canImport(Glibc)
            pthread_detach(thread)
        #else
            if let thread { pthread_detach(thread) }
        #endif
        return true
    }

    /// The work, carried to the new thread.
    private final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
