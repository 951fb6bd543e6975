import Foundation
import XCTest

@testable import ReadinessStore

#if canImport(Glibc)
    import Glibc
#endif

/// `OutputFile`: where `report -o` and `export-file -o` write. A regular file is replaced atomically; a
/// device, a pipe or an open descriptor is written into and never replaced; a link is followed and stays.
final class OutputFileTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func expectError(_ reason: String, _ body: () throws -> Void, line: UInt = #line) {
        do {
            try body()
            XCTFail("no error; expected \(reason)", line: line)
        } catch let error as FileError {
            XCTAssertEqual(error.description, reason, line: line)
        } catch {
            XCTFail("\(error); expected \(reason)", line: line)
        }
    }

    // MARK: - Regular files

    func testARegularFileIsWrittenPrivateAndReplacedOnlyWhenAsked() throws {
        let path = folder.path("summary.txt")
        XCTAssertEqual(try OutputFile.write(Array("first\n".utf8), to: path, replace: false), .file(path: path))
        XCTAssertEqual(try read(path), "first\n")
        XCTAssertEqual(permissions(of: path), 0o600)

        expectError("\(path): already exists; use --force to replace it") {
            try OutputFile.write(Array("second\n".utf8), to: path, replace: false)
        }
        XCTAssertEqual(try read(path), "first\n")

        try OutputFile.write(Array("third\n".utf8), to: path, replace: true)
        XCTAssertEqual(try read(path), "third\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path), ["summary.txt"], "no temporary file left")
    }

    func testAFolderOrALinkToOneIsRefused() throws {
        let inner = folder.path("inner")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        XCTAssertEqual(symlink("inner", folder.path("to-inner")), 0)
        for path in [inner, folder.path("to-inner")] {
            expectError("\(path): is a folder; give the path of a file to write") {
                try OutputFile.write(Array("x".utf8), to: path, replace: true)
            }
        }
        XCTAssertEqual(fileType(folder.path("to-inner")), S_IFLNK)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: inner), [])
    }

    // MARK: - Devices, pipes and descriptors

    /// Linux's device number of the null device, major 1 and minor 3 (`makedev` is a C macro).
    private let nullDevice = dev_t((1 << 8) | 3)

    func testTheNullDeviceIsWrittenIntoAndNeverReplaced() throws {
        // As root, a private node of the same device (1, 3): a regression would replace that node, not the
        // machine's /dev/null. Without root the real one, which a regression could not replace anyway.
        var path = "/dev/null"
        if geteuid() == 0, mknod(folder.path("null"), S_IFCHR | 0o666, nullDevice) == 0 {
            path = folder.path("null")
        }
        var before = stat()
        XCTAssertEqual(lstat(path, &before), 0)
        XCTAssertEqual(before.st_mode & S_IFMT, S_IFCHR)

        for replace in [false, true] {
            XCTAssertEqual(try OutputFile.write(Array("discarded\n".utf8), to: path, replace: replace), .stream(path: path))
        }

        var after = stat()
        XCTAssertEqual(lstat(path, &after), 0)
        XCTAssertEqual(after.st_mode & S_IFMT, S_IFCHR, "still a character device")
        XCTAssertEqual(after.st_rdev, before.st_rdev, "still the null device")
        XCTAssertEqual(after.st_ino, before.st_ino, "the same node, not a new one")
        XCTAssertEqual(after.st_mode & 0o777, before.st_mode & 0o777, "its permissions untouched")
    }

    func testANamedPipeIsWrittenIntoForItsReaderAndStaysAPipe() throws {
        let path = folder.path("pipe")
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        // More than a pipe holds (64 KiB), so the writer must wait for the reader and finish short writes.
        let bytes = (0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 % 251) }

        for replace in [false, true] {
            // Held open for reading and writing, so no open waits, and the reader sees the end of the data
            // only once this is closed too: a regression that replaced the pipe fails, it does not hang.
            let keeper = open(path, O_RDWR | O_CLOEXEC)
            let reader = open(path, O_RDONLY | O_CLOEXEC)
            XCTAssertGreaterThanOrEqual(keeper, 0)
            XCTAssertGreaterThanOrEqual(reader, 0)
            nonisolated(unsafe) var received: [UInt8] = []
            let done = expectation(description: "the reader reached the end")
            Thread.detachNewThread {
                defer {
                    close(reader)
                    done.fulfill()
                }
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let count = buffer.withUnsafeMutableBytes { Glibc.read(reader, $0.baseAddress, $0.count) }
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { return }
                    received.append(contentsOf: buffer[0..<count])
                }
            }
            XCTAssertEqual(try OutputFile.write(bytes, to: path, replace: replace), .stream(path: path))
            close(keeper)
            wait(for: [done], timeout: 20)
            XCTAssertEqual(received.count, bytes.count, "replace: \(replace)")
            XCTAssertTrue(received == bytes, "replace: \(replace)")
            XCTAssertEqual(fileType(path), S_IFIFO, "still a named pipe")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path), ["pipe"], "no temporary file left")
    }

    func testAnOpenDescriptorIsWrittenIntoAsARedirectionWould() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        defer { close(ends[0]) }
        for path in ["/dev/fd/\(ends[1])", "/proc/self/fd/\(ends[1])"] {
            XCTAssertEqual(try OutputFile.write(Array("through \(path)\n".utf8), to: path, replace: false), .descriptor(ends[1]))
        }
        close(ends[1])
        var text: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = buffer.withUnsafeMutableBytes({ Glibc.read(ends[0], $0.baseAddress, $0.count) }), count > 0 {
            text.append(contentsOf: buffer[0..<count])
        }
        XCTAssertEqual(String(decoding: text, as: UTF8.self), "through /dev/fd/\(ends[1])\nthrough /proc/self/fd/\(ends[1])\n")
    }

    func testASocketFileIsRefusedAndLeftAlone() throws {
        let path = folder.path("socket")
        let server = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(server) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8.prefix(raw.count - 1)))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(server, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        expectError("\(path): is a socket, which cannot be opened like a file; not written (give the path of a file)") {
            try OutputFile.write(Array("x".utf8), to: path, replace: true)
        }
        XCTAssertEqual(fileType(path), S_IFSOCK, "still a socket")
    }

    // MARK: - Symbolic links

    func testALinkIsFollowedAndStaysALink() throws {
        let sub = folder.path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let real = sub + "/real.txt"
        try "old\n".write(toFile: real, atomically: false, encoding: .utf8)
        let link = folder.path("link.txt")
        XCTAssertEqual(symlink("sub/real.txt", link), 0)

        expectError("\(link): already exists; use --force to replace it (it is a link to \(real))") {
            try OutputFile.write(Array("new\n".utf8), to: link, replace: false)
        }
        XCTAssertEqual(try read(real), "old\n")

        XCTAssertEqual(try OutputFile.write(Array("new\n".utf8), to: link, replace: true), .file(path: real))
        XCTAssertEqual(fileType(link), S_IFLNK, "the link stays a link")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "sub/real.txt")
        XCTAssertEqual(fileType(real), S_IFREG)
        XCTAssertEqual(try read(real), "new\n")
        XCTAssertEqual(permissions(of: real), 0o600)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: sub), ["real.txt"], "replaced in its own folder, no temporary file left")
    }

    func testADanglingLinksFileIsCreatedOnlyWhenAsked() throws {
        let sub = folder.path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let link = folder.path("link.txt")
        // Through a second link, with an absolute target.
        XCTAssertEqual(symlink(folder.path("hop"), link), 0)
        XCTAssertEqual(symlink("sub/created.txt", folder.path("hop")), 0)

        expectError("\(link): is a symbolic link to \(sub)/created.txt, which does not exist; use --force to create it") {
            try OutputFile.write(Array("made\n".utf8), to: link, replace: false)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: sub + "/created.txt"))
        XCTAssertEqual(try OutputFile.write(Array("made\n".utf8), to: link, replace: true), .file(path: sub + "/created.txt"))
        XCTAssertEqual(fileType(link), S_IFLNK)
        XCTAssertEqual(fileType(folder.path("hop")), S_IFLNK)
        XCTAssertEqual(try read(sub + "/created.txt"), "made\n")
        XCTAssertEqual(permissions(of: sub + "/created.txt"), 0o600)
    }

    func testALinkToAPipeIsWrittenThroughTheLink() throws {
        let pipePath = folder.path("pipe")
        XCTAssertEqual(mkfifo(pipePath, 0o600), 0)
        let link = folder.path("to-pipe")
        XCTAssertEqual(symlink("pipe", link), 0)
        // Non-blocking, so that a regression which wrote nothing into the pipe fails instead of waiting.
        let reader = open(pipePath, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        defer { close(reader) }
        XCTAssertEqual(try OutputFile.write(Array("via the link\n".utf8), to: link, replace: true), .stream(path: link))
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(reader, $0.baseAddress, $0.count) }
        XCTAssertEqual(String(decoding: buffer[0..<max(0, count)], as: UTF8.self), "via the link\n")
        XCTAssertEqual(fileType(link), S_IFLNK)
        XCTAssertEqual(fileType(pipePath), S_IFIFO)
    }

    func testALoopOfLinksIsAnError() throws {
        let a = folder.path("a")
        let b = folder.path("b")
        XCTAssertEqual(symlink("b", a), 0)
        XCTAssertEqual(symlink("a", b), 0)
        expectError("\(a): cannot write it: \(String(cString: strerror(ELOOP)))") {
            try OutputFile.write(Array("x".utf8), to: a, replace: true)
        }
        XCTAssertEqual(fileType(a), S_IFLNK)
        XCTAssertEqual(fileType(b), S_IFLNK)
    }
}
