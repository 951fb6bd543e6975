import Foundation
import ReadinessReports
import XCTest

/// The programs the PDF tests need, found or the test skipped, and a way to run them.
enum PDFTools {
    /// The headless browser, or a skip naming why there is none.
    static func browser() throws -> ChromiumPDFRenderer {
        do {
            return try ChromiumPDFRenderer.locate()
        } catch {
            throw XCTSkip("PDF rendering not tested: \(error.description)")
        }
    }

    /// A poppler tool (`pdftotext`, `pdfinfo`) on the PATH, or a skip.
    static func poppler(_ name: String) throws -> String {
        guard let path = which(name) else { throw XCTSkip("\(name) not installed") }
        return path
    }

    /// An executable on the PATH.
    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A new empty folder for a test's PDFs; the caller removes it.
    static func temporaryFolder(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// What a program prints on standard output, whatever its exit status.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        try output(executable, arguments, onlyOnSuccess: false) ?? ""
    }

    /// What a program prints on standard output; nil when it fails and `onlyOnSuccess`.
    static func output(_ executable: String, _ arguments: [String], onlyOnSuccess: Bool = true) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if onlyOnSuccess && process.terminationStatus != 0 { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
