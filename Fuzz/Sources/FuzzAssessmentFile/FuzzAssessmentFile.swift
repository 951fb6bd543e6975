import FuzzSupport
import ReadinessCore

/// Bytes as an assessment file: decoded as UTF-8, its header read, then decoded against the shipped
/// questionnaire it names (or the first one, for the mismatch path). A file that decodes must survive a
/// round trip: written back and read again, it holds the same assessment.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAssessmentFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file: SourceFile
    do {
        file = try SourceFile.decoding(path: "fuzz.json", bytes: bytes)
    } catch {
        _ = error.description
        return 0
    }
    let questionnaires = Shipped.questionnaires
    var questionnaire = questionnaires[0]
    do {
        let header = try AssessmentFile.header(of: file)
        questionnaire = questionnaires.first { $0.id == header.questionnaireID } ?? questionnaire
    } catch {
        FuzzCheck.require(!error.diagnostics.isEmpty, "a refused header with no diagnostic")
        _ = error.description
    }
    let assessment: Assessment
    do {
        assessment = try AssessmentFile.decode(file, questionnaire: questionnaire)
    } catch {
        FuzzCheck.require(!error.diagnostics.isEmpty, "a refused file with no diagnostic")
        _ = error.description
        return 0
    }
    for (id, record) in assessment.answers {
        guard let question = questionnaire.question(id) else { FuzzCheck.fail("an answer to an unknown question '\(id)' was accepted") }
        if let response = record.response, let problem = AnswerValidation.problem(with: response, for: question) {
            FuzzCheck.fail("an invalid answer to \(id) was accepted: \(problem)")
        }
    }
    Exercise.check(Scorer(questionnaire: questionnaire).score(assessment), "a decoded file")

    let written = AssessmentFile.encode(assessment, questionnaire: questionnaire)
    let again: Assessment
    do {
        again = try AssessmentFile.decode(SourceFile(path: "again.json", text: written), questionnaire: questionnaire)
    } catch {
        FuzzCheck.fail("a decoded file, written back, does not load:\n\(error)\n\(written)")
    }
    var expected = assessment
    expected.answers = expected.answers.filter { !$0.value.isEmpty }
    expected.created = again.created
    expected.updated = again.updated
    FuzzCheck.require(again == expected, "a round trip changed the assessment:\n\(assessment)\n\(again)")
    FuzzCheck.require(Timestamp.format(again.created) == Timestamp.format(assessment.created), "the creation time moved in a round trip")
    return 0
}
