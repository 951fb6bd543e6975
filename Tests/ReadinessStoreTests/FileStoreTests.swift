import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// What only the on-disk store has: permissions, files, locks between processes.
final class FileStoreTests: XCTestCase {
    private func makeStore(_ folder: TemporaryFolder, _ name: String = "data/readiness/assessments") -> FileAssessmentStore {
        FileAssessmentStore(directory: folder.path(name), questionnaires: QuestionnaireShelf([StoreFixtures.tinyV1]))
    }

    func testTheFolderAndFilesAreOwnerOnlyWhateverTheUmask() throws {
        for mask: mode_t in [0o000, 0o022, 0o077, 0o777] {
            let folder = try TemporaryFolder()
            let store = makeStore(folder)
            let previous = umask(mask)
            defer { umask(previous) }
            try store.save(StoreFixtures.assessment(id: "perm2222"))
            let lock = try store.lock("perm2222")
            umask(previous)
            for created in ["data", "data/readiness", "data/readiness/assessments"] {
                XCTAssertEqual(permissions(of: folder.path(created)), 0o700, "\(created) with umask \(String(mask, radix: 8))")
            }
            XCTAssertEqual(permissions(of: store.path(of: "perm2222")), 0o600, "umask \(String(mask, radix: 8))")
            XCTAssertEqual(permissions(of: store.lockPath(of: "perm2222")), 0o600, "umask \(String(mask, radix: 8))")
            lock.release()
        }
    }

    func testAnExistingFolderKeepsItsPermissions() throws {
        let folder = try TemporaryFolder()
        let shared = folder.path("team-share")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o750])
        let store = FileAssessmentStore(directory: shared, questionnaires: QuestionnaireShelf([StoreFixtures.tinyV1]))
        try store.save(StoreFixtures.assessment(id: "team2222"))
        XCTAssertEqual(permissions(of: shared), 0o750)
        XCTAssertEqual(permissions(of: store.path(of: "team2222")), 0o600)
    }

    func testEachAssessmentIsOneFileInTheAssessmentFormat() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        let assessment = StoreFixtures.assessment(id: "json2222", answers: StoreFixtures.fullAnswers)
        try store.save(assessment)
        try store.save(assessment)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: store.directory), ["json2222.json"], "no temporary file is left behind")
        let text = try String(contentsOfFile: store.path(of: "json2222"), encoding: .utf8)
        XCTAssertEqual(text, AssessmentFile.encode(assessment, questionnaire: StoreFixtures.tinyV1))
    }

    func testReadingAFolderThatDoesNotExistFindsNothingAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder, "missing/assessments")
        XCTAssertEqual(store.listing().summaries, [])
        XCTAssertEqual(store.listing().problems, [])
        XCTAssertEqual(try store.ids(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("missing")))
    }

    func testTemporaryAndLockFilesAreNotListed() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        try store.save(StoreFixtures.assessment(id: "real2222"))
        // What a crash in the middle of a save leaves: a hidden temporary file, maybe half written.
        try "{\"format\": \"readin".write(toFile: store.directory + "/.real2222.json.tmp-Ab12Cd", atomically: false, encoding: .utf8)
        let lock = try store.lock("real2222")
        defer { lock.release() }
        let listing = store.listing()
        XCTAssertEqual(listing.summaries.map(\.id), ["real2222"])
        XCTAssertEqual(listing.problems, [])
        XCTAssertEqual(try store.ids(), ["real2222"])
    }

    func testAFileNamedOtherwiseIsReportedNotHidden() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        try store.save(StoreFixtures.assessment(id: "real2222"))
        let stray = store.directory + "/Acme notes.json"
        try AssessmentFile.encode(StoreFixtures.assessment(id: "x")).write(toFile: stray, atomically: false, encoding: .utf8)
        let listing = store.listing()
        XCTAssertEqual(listing.summaries.map(\.id), ["real2222"])
        XCTAssertEqual(
            listing.problems,
            [StoreProblem(path: stray, message: "the file name is not an assessment id; add the file with 'readiness import \(stray)'")])
    }

    func testAnUnreadableFileIsAProblemNotACrash() throws {
        try XCTSkipIf(getuid() == 0, "root reads every file")
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        try store.save(StoreFixtures.assessment(id: "lock2222"))
        chmod(store.path(of: "lock2222"), 0o000)
        XCTAssertEqual(store.listing().problems.first?.message, "cannot read it: Permission denied")
    }

    func testANamedPipeIsAProblemNotAWait() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        try store.save(StoreFixtures.assessment(id: "real2222"))
        XCTAssertEqual(mkfifo(store.path(of: "pipe2222"), 0o600), 0)
        // Were it opened for reading, the listing would wait for a writer: open one after a while, so
        // that a regression fails here instead of hanging the suite.
        let unblocker = DispatchWorkItem {
            let writer = open(store.path(of: "pipe2222"), O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: unblocker)
        let listing = store.listing()
        unblocker.cancel()
        XCTAssertEqual(listing.summaries.map(\.id), ["real2222"])
        XCTAssertEqual(
            listing.problems,
            [StoreProblem(path: store.path(of: "pipe2222"), message: "is not a regular file (a pipe, socket or device); not read")])
    }

    func testAFolderNamedLikeAnAssessmentIsAProblemNotACrash() throws {
        // Unlike a file without read permission, this cannot be read by root either, so it runs everywhere.
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        try store.save(StoreFixtures.assessment(id: "real2222"))
        try FileManager.default.createDirectory(atPath: store.path(of: "fold2222"), withIntermediateDirectories: false)
        let listing = store.listing()
        XCTAssertEqual(listing.summaries.map(\.id), ["real2222"])
        XCTAssertEqual(listing.problems, [StoreProblem(path: store.path(of: "fold2222"), message: "is a folder, not a file")])
    }

    func testTheLockFileNamesTheHolderAndGoesAwayOnRelease() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        let lock = try store.lock("note2222")
        let record = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store.lockPath(of: "note2222")))) as? [String: Any])
        XCTAssertEqual(record["pid"] as? Int, Int(getpid()))
        XCTAssertNotNil(Timestamp.parse(try XCTUnwrap(record["since"] as? String)))
        XCTAssertNotNil(record["host"] as? String)
        XCTAssertEqual(store.holder(of: "note2222")?.processID, getpid(), "held, like any lock, even by this process")
        lock.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.lockPath(of: "note2222")))
    }

    func testAStaleLockFileFromADeadProcessIsTakenOver() throws {
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        // A process that has ended: its pid is free, and it holds no flock.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        try DataFolder.create(store.directory)
        try "{\"pid\": \(ended.processIdentifier), \"host\": \"\", \"since\": \"2026-01-01T09:00:00Z\"}\n"
            .write(toFile: store.lockPath(of: "stal2222"), atomically: false, encoding: .utf8)
        let lock = try store.lock("stal2222")
        let record = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store.lockPath(of: "stal2222")))) as? [String: Any])
        XCTAssertEqual(record["pid"] as? Int, Int(getpid()), "the record now names this process")
        lock.release()
    }

    // MARK: - Two processes, each with its own store

    func testALockHeldByAnotherProcessIsRefusedNamingItThenTakenOverWhenItIsKilled() throws {
        #if !os(Linux)
            throw XCTSkip("the helper process re-runs the .xctest executable, which is how Linux runs tests")
        #endif
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        try store.save(StoreFixtures.assessment(id: "twop2222"))
        let helper = try LockHelperProcess.Running(mode: "hold", folder: store.directory, id: "twop2222")
        let locked = try XCTUnwrap(helper.waitForLine(startingWith: "LOCKED "), "the helper did not take the lock")
        XCTAssertEqual(locked, "LOCKED \(helper.process.processIdentifier)")

        XCTAssertThrowsError(try store.lock("twop2222")) { error in
            guard case .locked(let id, let holder)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(id, "twop2222")
            XCTAssertEqual(holder.processID, helper.process.processIdentifier)
            XCTAssertNotNil(Timestamp.parse(holder.since), holder.since)
            XCTAssertEqual(
                (error as? StoreError)?.description,
                "assessment twop2222 is being edited by process \(holder.processID) on \(holder.host) since \(holder.since)")
        }
        XCTAssertEqual(store.holder(of: "twop2222")?.processID, helper.process.processIdentifier)
        XCTAssertThrowsError(try store.delete("twop2222"), "no deleting what another process edits")
        // Reading is still allowed: the second editor may open it read-only.
        XCTAssertEqual(try store.load("twop2222").id, "twop2222")

        // A crash: the lock file stays behind naming the dead process; the kernel has dropped its flock.
        helper.kill()
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.lockPath(of: "twop2222")))
        XCTAssertNil(store.holder(of: "twop2222"))
        let lock = try store.lock("twop2222")
        lock.release()
    }

    func testAnotherProcessIsRefusedWhileThisOneHoldsTheLockAndGetsItAfter() throws {
        #if !os(Linux)
            throw XCTSkip("the helper process re-runs the .xctest executable, which is how Linux runs tests")
        #endif
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        let lock = try store.lock("twop3333")
        let refused = try LockHelperProcess.Running(mode: "try", folder: store.directory, id: "twop3333")
        let line = try XCTUnwrap(refused.waitForLine(startingWith: "REFUSED ", "GOT "))
        XCTAssertTrue(line.hasPrefix("REFUSED \(getpid()) "), line)
        refused.finish()
        lock.release()
        let allowed = try LockHelperProcess.Running(mode: "try", folder: store.directory, id: "twop3333")
        XCTAssertNotNil(allowed.waitForLine(startingWith: "GOT "))
        allowed.finish()
    }

    func testAProcessKilledWhileSavingLeavesTheLastSavedVersionWhole() throws {
        #if !os(Linux)
            throw XCTSkip("the helper process re-runs the .xctest executable, which is how Linux runs tests")
        #endif
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        var saves: [Int] = []
        let kills = 12
        for round in 1...kills {
            let id = "kill\(round < 10 ? "0" : "")\(round)aa"
            let helper = try LockHelperProcess.Running(mode: "saves", folder: store.directory, id: id)
            // Let it save a while (it runs flat out), then kill it wherever it is.
            _ = helper.waitForLine(startingWith: "SAVED 1")
            usleep(UInt32.random(in: 1_000...40_000, using: &generator))
            helper.kill()
            let confirmed = helper.lastSaved()
            let loaded = try store.load(id)
            guard case .number(let saved)? = loaded.answers["sites"]?.response else {
                return XCTFail("round \(round): no answer in the file")
            }
            // Every save that returned is in the file; at most the one in flight beyond it.
            XCTAssertGreaterThanOrEqual(saved, confirmed, "round \(round)")
            XCTAssertLessThanOrEqual(saved, confirmed + 1, "round \(round)")
            XCTAssertEqual(loaded.answers["sites"]?.note?.count, saved * 7, "round \(round): a file from one save, whole")
            checked += 1
            saves.append(confirmed)
        }
        XCTAssertEqual(store.listing().problems, [], "a killed save leaves at most a hidden temporary file")
        XCTAssertEqual(store.listing().summaries.count, kills)
        print(
            "killed a saving process \(kills) times, after \(saves.map(String.init).joined(separator: ", ")) confirmed saves; \(checked) files checked whole and up to date"
        )
    }

    func testAHolderThatReleasesNormallyLetsTheNextOneIn() throws {
        #if !os(Linux)
            throw XCTSkip("the helper process re-runs the .xctest executable, which is how Linux runs tests")
        #endif
        let folder = try TemporaryFolder()
        let store = makeStore(folder)
        let helper = try LockHelperProcess.Running(mode: "hold", folder: store.directory, id: "twop4444")
        XCTAssertNotNil(helper.waitForLine(startingWith: "LOCKED "))
        helper.finish()
        XCTAssertNotNil(helper.waitForLine(startingWith: "RELEASED"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.lockPath(of: "twop4444")), "a released lock leaves no file")
        let lock = try store.lock("twop4444")
        lock.release()
    }
}
