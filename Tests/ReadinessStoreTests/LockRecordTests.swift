import Foundation
import XCTest

@testable import ReadinessStore

/// The record inside a lock file, and how a lock is judged stale where there is no `flock` to ask.
final class LockRecordTests: XCTestCase {
    func testTheRecordRoundTrips() throws {
        let record = LockRecord.current()
        XCTAssertEqual(LockRecord.parse(Array(record.rendered.utf8)), record)
        XCTAssertEqual(record.pid, getpid())
        XCTAssertNil(LockRecord.parse(Array("".utf8)))
        XCTAssertNil(LockRecord.parse(Array("{\"since\": \"x\"}".utf8)))
    }

    func testThisProcessIsAlive() {
        XCTAssertTrue(LockRecord.current().isAlive)
    }

    func testAnEndedProcessIsNotAlive() throws {
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        var record = LockRecord.current()
        record.pid = ended.processIdentifier
        XCTAssertFalse(record.isAlive)
    }

    func testAReusedProcessIDIsNotTheHolder() throws {
        try XCTSkipIf(LockRecord.startTime(of: getpid()) == nil, "no /proc here")
        var record = LockRecord.current()
        record.processStart = (record.processStart ?? 0) - 1
        XCTAssertFalse(record.isAlive, "same pid, started at another time: another process")
    }

    func testAHolderOnAnotherHostIsAssumedAlive() {
        var record = LockRecord.current()
        record.host = "some-other-machine"
        record.pid = 999_999
        XCTAssertTrue(record.isAlive)
    }
}
