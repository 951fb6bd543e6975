import ReadinessCore
import ReadinessReports
import ReproducibleRandom

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Each report format for one finished assessment, in process.
enum ReportBench {
    static func run(path: String) -> String {
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        let questionnaire = EngineBench.loadQuestionnaire(path: path, text: text)
        var generator = SeededGenerator(seed: 7)
        let assessment = Answers.assessment(
            id: "b3nchm4r", for: questionnaire, organization: "Acme Logistics", status: .complete, using: &generator)
        let scorer = Scorer(questionnaire: questionnaire)
        let result = scorer.score(assessment)
        let build = Timing.measure { sink &+= Report(assessment: assessment, questionnaire: questionnaire, result: result).chart.count }
        let report = Report(assessment: assessment, questionnaire: questionnaire, result: result)
        let rendering = ReportRendering()
        var formats: [String] = []
        for format in ReportFormat.allCases where !format.isBinary {
            let bytes = try! rendering.render(report, as: format).count
            let timing = Timing.measure { sink &+= (try? rendering.render(report, as: format).count) ?? 0 }
            formats.append("{\"format\": \"\(format.rawValue)\", \"bytes\": \(bytes), \"render\": \(timing.json)}")
        }
        return """
            {"questionnaire": "\(questionnaire.id)", "build": \(build.json), "formats": [\(formats.joined(separator: ", "))]}
            """
    }
}
