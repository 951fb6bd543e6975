import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// The behaviour every store shares, run against the file store and the in-memory twin alike.
final class StoreContractTests: XCTestCase {
    func testSaveThenLoadGivesTheSameAssessment() throws {
        try forEachStore { harness in
            let original = StoreFixtures.assessment(id: "k3m9x2ab", updated: 60, status: .complete, answers: StoreFixtures.fullAnswers)
            try harness.store.save(original)
            XCTAssertEqual(try harness.store.load("k3m9x2ab"), original, harness.name)
        }
    }

    func testSaveReplacesAndEveryAnswerIsKept() throws {
        try forEachStore { harness in
            var assessment = StoreFixtures.assessment(id: "k3m9x2ab")
            try harness.store.save(assessment)
            for (offset, (question, record)) in StoreFixtures.fullAnswers.sorted(by: { $0.key < $1.key }).enumerated() {
                assessment.answers[question] = record
                assessment.updated = StoreFixtures.date(offset + 1)
                try harness.store.save(assessment)
                XCTAssertEqual(try harness.store.load("k3m9x2ab"), assessment, "\(harness.name): after answering \(question)")
            }
            XCTAssertEqual(try harness.store.ids(), ["k3m9x2ab"], harness.name)
        }
    }

    func testEmptyRecordsAreDroppedLikeTheFileFormatDrops() throws {
        try forEachStore { harness in
            var assessment = StoreFixtures.assessment(id: "abc23456")
            assessment.answers["sites"] = AnswerRecord()
            try harness.store.save(assessment)
            XCTAssertNil(try harness.store.load("abc23456").answers["sites"], harness.name)
        }
    }

    func testListingIsNewestFirstWithProgressAndRatingOnlyWhenComplete() throws {
        try forEachStore { harness in
            try harness.store.save(
                StoreFixtures.assessment(
                    id: "older222", organization: "Acme", updated: 10, answers: ["sites": AnswerRecord(response: .number(1))]))
            try harness.store.save(
                StoreFixtures.assessment(
                    id: "newer333", organization: "Birch", updated: 20, status: .complete, answers: StoreFixtures.fullAnswers))
            let listing = harness.store.listing()
            XCTAssertEqual(listing.problems, [], harness.name)
            XCTAssertEqual(listing.summaries.map(\.id), ["newer333", "older222"], harness.name)
            let complete = listing.summaries[0]
            XCTAssertEqual(complete.organization, "Birch")
            XCTAssertEqual(complete.rating, .strongFit, harness.name)
            XCTAssertEqual([complete.answered, complete.shown], [3, 3], harness.name)
            let draft = listing.summaries[1]
            XCTAssertNil(draft.rating, "\(harness.name): a draft is not rated in the list")
            // One site hides the travel question: 1 of 2 shown questions answered.
            XCTAssertEqual([draft.answered, draft.shown], [1, 2], harness.name)
            XCTAssertEqual(draft.status, .draft)
            XCTAssertEqual(draft.mode, .call)
            XCTAssertEqual(draft.updated, StoreFixtures.date(10))
        }
    }

    func testMostRecentDraftSkipsCompleteOnes() throws {
        try forEachStore { harness in
            XCTAssertNil(harness.store.mostRecentDraft(), harness.name)
            try harness.store.save(StoreFixtures.assessment(id: "draft222", updated: 10))
            try harness.store.save(StoreFixtures.assessment(id: "done3333", updated: 30, status: .complete))
            try harness.store.save(StoreFixtures.assessment(id: "draft444", updated: 20))
            XCTAssertEqual(harness.store.mostRecentDraft()?.id, "draft444", harness.name)
        }
    }

    func testInsertRefusesATakenIDAndAddPicksANewOne() throws {
        try forEachStore { harness in
            let first = StoreFixtures.assessment(id: "same2222", organization: "First")
            try harness.store.insert(first)
            XCTAssertStoreError(
                try harness.store.insert(StoreFixtures.assessment(id: "same2222", organization: "Second")), .alreadyExists("same2222"),
                harness.name)
            let added = try harness.store.add(StoreFixtures.assessment(id: "same2222", organization: "Second"))
            XCTAssertNotEqual(added.id, "same2222", harness.name)
            XCTAssertEqual(try harness.store.load(added.id).organization, "Second", harness.name)
            XCTAssertEqual(try harness.store.load("same2222").organization, "First", "\(harness.name): the first is untouched")
        }
    }

    func testAddGivesAnIDThatCannotNameAFileANewOne() throws {
        try forEachStore { harness in
            for bad in ["../escape", "Acme Corp", "-rf", "", String(repeating: "a", count: 65)] {
                let added = try harness.store.add(StoreFixtures.assessment(id: bad))
                XCTAssertTrue(AssessmentID.isValid(added.id), "\(harness.name): \(added.id)")
                XCTAssertEqual(added.id.count, 8, harness.name)
            }
            XCTAssertEqual(try harness.store.ids().count, 5, harness.name)
        }
    }

    func testWritesAndLocksRefuseAnInvalidID() throws {
        try forEachStore { harness in
            let bad = StoreFixtures.assessment(id: "../../etc/passwd")
            for attempt in [{ try harness.store.save(bad) }, { try harness.store.insert(bad) }, { _ = try harness.store.lock(bad.id) }] {
                XCTAssertThrowsError(try attempt(), harness.name) { error in
                    guard case .invalid? = error as? StoreError else { return XCTFail("\(harness.name): \(error)") }
                }
            }
        }
    }

    func testPrefixesResolveLikeGit() throws {
        try forEachStore { harness in
            for id in ["k3m9x2ab", "k3m8aaaa", "p7qrstuv", "p7"] {
                try harness.store.save(StoreFixtures.assessment(id: id))
            }
            XCTAssertEqual(try harness.store.resolve("k3m9"), "k3m9x2ab", harness.name)
            XCTAssertEqual(try harness.store.resolve("k3m9x2ab"), "k3m9x2ab", harness.name)
            XCTAssertEqual(try harness.store.resolve("p7"), "p7", "\(harness.name): an exact id wins over longer ones")
            XCTAssertStoreError(try harness.store.resolve("k3m"), .ambiguous("k3m", matches: ["k3m8aaaa", "k3m9x2ab"]), harness.name)
            XCTAssertStoreError(try harness.store.resolve("zz"), .notFound("zz"), harness.name)
            XCTAssertStoreError(try harness.store.resolve(""), .notFound(""), harness.name)
        }
    }

    func testLoadOfAMissingIDIsNotFound() throws {
        try forEachStore { harness in
            XCTAssertStoreError(try harness.store.load("nothere2"), .notFound("nothere2"), harness.name)
            XCTAssertStoreError(try harness.store.load("../x"), .notFound("../x"), harness.name)
            XCTAssertStoreError(try harness.store.delete("nothere2"), .notFound("nothere2"), harness.name)
        }
    }

    func testDeleteRemovesIt() throws {
        try forEachStore { harness in
            try harness.store.save(StoreFixtures.assessment(id: "gone2222"))
            try harness.store.save(StoreFixtures.assessment(id: "stay2222"))
            try harness.store.delete("gone2222")
            XCTAssertEqual(try harness.store.ids(), ["stay2222"], harness.name)
            XCTAssertStoreError(try harness.store.load("gone2222"), .notFound("gone2222"), harness.name)
        }
    }

    func testASecondLockIsRefusedNamingTheHolderUntilReleased() throws {
        try forEachStore { harness in
            let lock = try harness.store.lock("edit2222")
            do {
                _ = try harness.store.lock("edit2222")
                XCTFail("\(harness.name): a second lock was given")
            } catch let StoreError.locked(id, holder) {
                XCTAssertEqual(id, "edit2222", harness.name)
                XCTAssertEqual(holder.processID, getpid(), harness.name)
                XCTAssertNotNil(Timestamp.parse(holder.since), "\(harness.name): since \(holder.since)")
            }
            let other = try harness.store.lock("other222")
            other.release()
            lock.release()
            lock.release()  // releasing twice is harmless
            let again = try harness.store.lock("edit2222")
            again.release()
        }
    }

    func testDroppingALockReleasesIt() throws {
        try forEachStore { harness in
            do {
                _ = try harness.store.lock("drop2222")
            }
            let lock = try harness.store.lock("drop2222")
            lock.release()
        }
    }

    func testDeleteRefusesWhileSomeoneEdits() throws {
        try forEachStore { harness in
            try harness.store.save(StoreFixtures.assessment(id: "busy2222"))
            let lock = try harness.store.lock("busy2222")
            XCTAssertThrowsError(try harness.store.delete("busy2222"), harness.name) { error in
                guard case .locked(id: "busy2222", _)? = error as? StoreError else { return XCTFail("\(harness.name): \(error)") }
            }
            lock.release()
            try harness.store.delete("busy2222")
            XCTAssertEqual(try harness.store.ids(), [], harness.name)
        }
    }

    func testACorruptEntryIsReportedWithoutHidingTheOthers() throws {
        try forEachStore { harness in
            try harness.store.save(StoreFixtures.assessment(id: "good2222", updated: 1))
            let text = AssessmentFile.encode(StoreFixtures.assessment(id: "trunc222"))
            try harness.damage("trunc222", String(text.prefix(text.count / 2)))
            try harness.damage("garbage2", "\u{1}\u{2} not json at all")
            try harness.store.save(StoreFixtures.assessment(id: "good3333", updated: 2))
            let listing = harness.store.listing()
            XCTAssertEqual(listing.summaries.map(\.id), ["good3333", "good2222"], harness.name)
            XCTAssertEqual(
                listing.problems.map(\.path).sorted(), [harness.problemPath("garbage2"), harness.problemPath("trunc222")].sorted(),
                harness.name)
            for problem in listing.problems {
                XCTAssertNotNil(problem.location, "\(harness.name): \(problem)")
                XCTAssertFalse(problem.message.isEmpty, harness.name)
            }
            XCTAssertThrowsError(try harness.store.load("trunc222"), harness.name) { error in
                guard case .invalid(let problem)? = error as? StoreError else { return XCTFail("\(harness.name): \(error)") }
                XCTAssertEqual(problem.path, harness.problemPath("trunc222"), harness.name)
                XCTAssertNotNil(problem.details, harness.name)
            }
        }
    }

    func testAFileFromANewerFormatSaysSo() throws {
        try forEachStore { harness in
            let text = AssessmentFile.encode(StoreFixtures.assessment(id: "future22"))
                .replacingOccurrences(of: "\"formatVersion\": 1", with: "\"formatVersion\": 7")
            try harness.damage("future22", text)
            let listing = harness.store.listing()
            XCTAssertEqual(listing.summaries.count, 0, harness.name)
            XCTAssertEqual(listing.problems.count, 1, harness.name)
            XCTAssertEqual(
                listing.problems.first?.message,
                "this file was written by a newer version of readiness (format 7); this one reads format 1", harness.name)
        }
    }

    func testAnAssessmentOfAMissingQuestionnaireIsAProblem() throws {
        try forEachStore { harness in
            let text = AssessmentFile.encode(StoreFixtures.assessment(id: "lost2222"))
                .replacingOccurrences(of: "\"tiny-check\"", with: "\"retired-check\"")
            try harness.damage("lost2222", text)
            XCTAssertEqual(
                harness.store.listing().problems.first?.message,
                "this assessment is for questionnaire 'retired-check', which is not available (available: tiny-check)", harness.name)
        }
    }

    func testTheIDIsTheStoredNameNotWhatTheFileSays() throws {
        try forEachStore { harness in
            try harness.damage("copy2222", AssessmentFile.encode(StoreFixtures.assessment(id: "orig2222")))
            XCTAssertEqual(try harness.store.load("copy2222").id, "copy2222", harness.name)
            XCTAssertEqual(harness.store.listing().summaries.map(\.id), ["copy2222"], harness.name)
        }
    }

    func testAnAssessmentIsNeverReadUnderAnotherVersionThanItWasAnsweredUnder() throws {
        // Only version 2 installed: a version 1 assessment is a problem naming the installed versions, never
        // read (and later saved) under version 2's questions.
        try forEachStore([StoreFixtures.tinyV2]) { harness in
            try harness.store.save(StoreFixtures.assessment(id: "old22222", version: "1", answers: StoreFixtures.fullAnswers))
            let expected =
                "this assessment was answered under version 1 of questionnaire 'tiny-check', which is not installed (installed: version 2); put that version's file beside the others to read it"
            XCTAssertEqual(harness.store.listing().problems.map(\.message), [expected], harness.name)
            XCTAssertTrue(harness.store.listing().summaries.isEmpty, harness.name)
            XCTAssertThrowsError(try harness.store.load("old22222")) { error in
                guard case .invalid(let problem)? = error as? StoreError else { return XCTFail("\(harness.name): \(error)") }
                XCTAssertEqual(problem.message, expected, harness.name)
            }
        }
    }

    func testTheExactVersionIsUsedWhateverTheOrderOfTheQuestionnaires() throws {
        for installed in [[StoreFixtures.tinyV2, StoreFixtures.tinyV1], [StoreFixtures.tinyV1, StoreFixtures.tinyV2]] {
            try forEachStore(installed) { harness in
                try harness.store.save(StoreFixtures.assessment(id: "old22222", version: "1", answers: StoreFixtures.fullAnswers))
                try harness.store.save(StoreFixtures.assessment(id: "new22222", version: "2", answers: StoreFixtures.fullAnswers))
                let summaries = harness.store.listing().summaries.sorted { $0.id < $1.id }
                XCTAssertEqual(summaries.map(\.scoredVersion), ["2", "1"], harness.name)
                XCTAssertEqual(summaries.map(\.shown), [4, 3], "\(harness.name): version 1 has three questions, version 2 four")
            }
        }
    }

    func testRescoringUnderTheNewestVersionExplainsAnAnswerItNoLongerAccepts() throws {
        let text = AssessmentFile.encode(StoreFixtures.assessment(id: "gone2222", version: "0"))
            .replacingOccurrences(of: "\"answers\": {}", with: "\"answers\": {\"retired-question\": {\"value\": 3}}")
        XCTAssertThrowsError(
            try AssessmentDocument.read(
                Array(text.utf8), path: "gone2222.json", questionnaires: NewestVersionSource(QuestionnaireShelf([StoreFixtures.tinyV1])))
        ) { error in
            guard case .invalid(let problem)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(
                problem.message.hasPrefix(
                    "answered under version 0 of 'tiny-check'; version 1 does not accept this: unknown question 'retired-question'"),
                problem.message)
        }
    }
}
