/// An exclusive lock on a file that is not an assessment's (a whole operation on the store, such as a
/// team sync), with the same guarantees as an editing lock: taken without waiting, recorded with its
/// holder, and dropped by the kernel when the holder dies however it dies.
public enum ExclusiveFileLock {
    /// Takes the lock at `path`, or throws `.locked` naming the holder (`name` stands for the id there).
    public static func acquire(path: String, name: String) throws(StoreError) -> StoreLock {
        try FileEditLock.acquire(path: path, id: name)
    }
}
