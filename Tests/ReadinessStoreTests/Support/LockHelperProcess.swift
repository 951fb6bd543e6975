import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// A second process with its own `FileAssessmentStore`, for the locking and crash tests.
///
/// The tests start this very test bundle again (`CommandLine.arguments[0]`, the `.xctest` executable on
/// Linux) with only `LockHelperProcess/testActAsLockHelperWhenAsked` selected and the environment saying
/// what to do. In an ordinary test run that test does nothing.
final class LockHelperProcess: XCTestCase {
    static let modeKey = "READINESS_LOCK_HELPER"
    static let folderKey = "READINESS_LOCK_HELPER_DIR"
    static let idKey = "READINESS_LOCK_HELPER_ID"

    func testActAsLockHelperWhenAsked() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let mode = environment[Self.modeKey], let folder = environment[Self.folderKey], let id = environment[Self.idKey] else {
            return
        }
        let store = FileAssessmentStore(directory: folder, questionnaires: QuestionnaireShelf([StoreFixtures.tinyV1]))
        switch mode {
        case "hold":
            // Take the lock, say so, and keep it until standard input closes (or the process is killed).
            let lock = try store.lock(id)
            Self.say("LOCKED \(getpid())")
            _ = FileHandle.standardInput.readDataToEndOfFile()
            lock.release()
            Self.say("RELEASED")
        case "try":
            do {
                let lock = try store.lock(id)
                Self.say("GOT \(getpid())")
                lock.release()
            } catch let StoreError.locked(_, holder) {
                Self.say("REFUSED \(holder.processID) \(holder.since)")
            }
        case "saves":
            // Save ever larger answers as fast as possible, saying which save has returned, until killed.
            var assessment = StoreFixtures.assessment(id: id)
            for count in 1...500 {
                assessment.answers["sites"] = AnswerRecord(response: .number(count), note: String(repeating: "n", count: count * 7))
                try store.save(assessment)
                Self.say("SAVED \(count)")
            }
        default:
            XCTFail("unknown helper mode \(mode)")
        }
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data("\n\(line)\n".utf8))
    }

    /// A running helper: its process, and the lines it printed so far.
    final class Running: @unchecked Sendable {
        let process: Process
        private let input = Pipe()
        private let output = Pipe()
        private let lock = NSLock()
        private var text = ""
        private var ended = false

        init(mode: String, folder: String, id: String) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["ReadinessStoreTests.LockHelperProcess/testActAsLockHelperWhenAsked"]
            var environment = ProcessInfo.processInfo.environment
            environment[LockHelperProcess.modeKey] = mode
            environment[LockHelperProcess.folderKey] = folder
            environment[LockHelperProcess.idKey] = id
            process.environment = environment
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.withLock {
                    if data.isEmpty { self.ended = true } else { self.text += String(decoding: data, as: UTF8.self) }
                }
            }
            try process.run()
        }

        /// Waits for a line starting with one of `prefixes` and returns it.
        func waitForLine(startingWith prefixes: String..., timeout: TimeInterval = 30) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let found = lock.withLock { text.split(separator: "\n").first { line in prefixes.contains { line.hasPrefix($0) } } }
                if let found { return String(found) }
                usleep(10_000)
            }
            return nil
        }

        /// The highest `SAVED n` it printed, 0 before any; read once all it wrote has arrived.
        func lastSaved() -> Int {
            let deadline = Date().addingTimeInterval(5)
            while !lock.withLock({ ended }), Date() < deadline { usleep(5_000) }
            return lock.withLock {
                text.split(separator: "\n").compactMap { line in line.hasPrefix("SAVED ") ? Int(line.dropFirst(6)) : nil }.max() ?? 0
            }
        }

        /// Closes its standard input, which makes a holding helper release and end.
        func finish() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        /// Kills it with SIGKILL, as a crash would end it, and waits for it to be gone.
        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        deinit {
            if process.isRunning { kill() }
            output.fileHandleForReading.readabilityHandler = nil
        }
    }
}
