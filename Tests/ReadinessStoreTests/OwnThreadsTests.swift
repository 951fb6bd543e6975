import Foundation
import XCTest

@testable import ReadinessStore

/// Work on threads of the program's own: run at once, all done before `perform` returns, and no thread
/// left behind (a waiting Dispatch thread made the crash reporter fail).
final class OwnThreadsTests: XCTestCase {
    private func threadCount() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? 0
    }

    func testEveryWorkerRunsAtOnceAndNoThreadStays() {
        let before = threadCount()
        let lock = ThreadLock()
        var arrived: [Int] = []
        let workers = 4
        OwnThreads.perform(workers) { worker in
            lock.withLock { arrived.append(worker) }
            // Each waits for all the others: only workers running at the same time get past this.
            let deadline = Date().addingTimeInterval(10)
            while lock.withLock({ arrived.count }) < workers, Date() < deadline { usleep(1_000) }
        }
        XCTAssertEqual(arrived.sorted(), Array(0..<workers), "every worker ran once, and all had arrived before it returned")
        XCTAssertLessThanOrEqual(threadCount(), before, "no thread is left waiting")
        OwnThreads.perform(1) { XCTAssertEqual($0, 0) }
        OwnThreads.perform(0) { _ in XCTFail("no worker runs for a count of 0") }
    }

    func testDetachedWorkRunsAndItsThreadEnds() {
        let before = threadCount()
        let done = Flag()
        XCTAssertTrue(OwnThreads.detached { done.set() })
        let deadline = Date().addingTimeInterval(10)
        while !(done.isSet && threadCount() <= before), Date() < deadline { usleep(1_000) }
        XCTAssertTrue(done.isSet)
        XCTAssertLessThanOrEqual(threadCount(), before, "the thread ended with its work")
    }

    /// A flag one thread sets and another reads.
    private final class Flag: @unchecked Sendable {
        private let lock = ThreadLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
