#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work on threads that end when the work does, in place of Dispatch.
///
/// The first use of Dispatch leaves a thread of its own waiting for the rest of the process, and this
/// toolchain's crash reporter can fail while walking such a thread's stack (it reads a register that
/// libdispatch's C code uses for data as a frame pointer, and traps), so a crash would go unreported.
/// With these, the full-screen interview runs on its main thread alone once drawn.
public enum OwnThreads {
    /// Starts `work` on a thread of its own, not waited for; false, with the work not done, when no thread
    /// could be made.
    @discardableResult
    public static func detached(_ work: @escaping @Sendable () -> Void) -> Bool {
        guard let thread = start(work) else { return false }
        pthread_detach(thread)
        return true
    }

    /// Runs `work(worker)` for every worker in `0..<count` at once, worker 0 on the calling thread and the
    /// others on threads of their own, and returns when all have: Dispatch's `concurrentPerform`, without
    /// its waiting thread. A worker whose thread cannot be made runs on the calling thread, after worker 0.
    public static func perform(_ count: Int, _ work: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { work(0) }
            return
        }
        withoutActuallyEscaping(work) { work in
            // Every thread is joined before this returns, so the closure never outlives the call.
            let shared = Unchecked(work)
            var threads: [pthread_t] = []
            var leftOver: [Int] = []
            for worker in 1..<count {
                if let thread = start({ shared.value(worker) }) { threads.append(thread) } else { leftOver.append(worker) }
            }
            work(0)
            for worker in leftOver { work(worker) }
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// A new thread running `body`, or nil when none could be made.
    private static func start(_ body: @escaping () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(Unchecked(body)).toOpaque()
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let started = pthread_create(
            &thread, nil,
            { pointer in
                guard let pointer else { return nil }
                Unmanaged<Unchecked<() -> Void>>.fromOpaque(pointer).takeRetainedValue().value()
                return nil
            }, box)
        guard started == 0 else {
            Unmanaged<Unchecked<() -> Void>>.fromOpaque(box).release()
            return nil
        }
        return thread
    }

    /// A value carried to another thread, where the caller vouches for it (as `concurrentPerform`'s callers
    /// do for its closure).
    private final class Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
