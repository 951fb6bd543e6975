import Foundation
import XCTest

/// A small tmpfs mounted for one test, for real "disk full" and "read-only" failures: the kernel refuses
/// the writes, as it would on a full disk or a folder remounted read-only. Needs root (or the right to
/// mount); a test skips with the reason when the mount is refused. Unmounted when the test ends.
final class SmallFileSystem {
    /// The mounted folder, as a temporary folder (a data folder for `TmuxSession`, say).
    let folder: TemporaryFolder
    /// The mounted folder.
    var url: URL { folder.url }
    private var filler = 0

    /// Mounts a tmpfs of `kilobytes`, with room for at most `files` files and folders when given (the
    /// root counts as one).
    init(kilobytes: Int = 512, files: Int? = nil) throws {
        folder = try TemporaryFolder()
        let url = folder.url
        let options = "size=\(kilobytes)k" + (files.map { ",nr_inodes=\($0)" } ?? "")
        let (status, message) = Self.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", url.path])
        if status != 0 {
            try? FileManager.default.removeItem(at: url)
            throw XCTSkip(
                "cannot mount a small tmpfs here (\(message.trimmingCharacters(in: .whitespacesAndNewlines))); run the tests as root to check full and read-only folders"
            )
        }
    }

    /// A path inside the file system.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Fills every free byte with a hidden file, so the next write that needs room fails with ENOSPC.
    func fill() {
        filler += 1
        _ = Self.run("/bin/dd", ["if=/dev/zero", "of=\(path(".filler-\(filler)"))", "bs=4096"])
    }

    /// Frees what `fill` took.
    func makeRoom() {
        for index in 0...filler { try? FileManager.default.removeItem(atPath: path(".filler-\(index)")) }
    }

    /// Remounts it read-only: every write in it fails with EROFS from here on.
    func makeReadOnly() throws {
        let (status, message) = Self.run("/bin/mount", ["-o", "remount,ro", url.path])
        guard status == 0 else { throw XCTSkip("cannot remount the tmpfs read-only: \(message)") }
    }

    deinit {
        _ = Self.run("/bin/umount", ["-l", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// Runs a command to its end and returns its status and standard error.
    private static func run(_ executable: String, _ arguments: [String]) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, String(describing: error)) }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
