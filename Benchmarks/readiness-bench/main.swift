#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// readiness-bench: the in-process half of the benchmark suite (Benchmarks/run drives it and the
// real binary, and prints the table). Each command prints one JSON object; nothing is asserted.
//
//   readiness-bench engine QUESTIONNAIRE.yaml...      load, score, ask-next; synthetic sizes
//   readiness-bench reports QUESTIONNAIRE.yaml        each report format for a finished assessment
//   readiness-bench store DIR COUNT QUESTIONNAIRE.yaml...   write COUNT saved assessments into DIR
//   readiness-bench assessment FILE QUESTIONNAIRE.yaml      write one finished assessment file
//   readiness-bench synthetic SIZE                    print a synthetic questionnaire
//   readiness-bench profile score|recompute|empty|load SOURCE COUNT   one operation, for callgrind

let arguments = Array(CommandLine.arguments.dropFirst())
let sizes = (ProcessInfo.processInfo.environment["BENCH_SIZES"] ?? "10,100,1000,10000").split(separator: ",").compactMap { Int($0) }
let askNextLimit = Int(ProcessInfo.processInfo.environment["BENCH_ASK_NEXT_LIMIT"] ?? "") ?? 1000

switch arguments.first {
case "engine":
    let shipped = arguments.dropFirst().map(EngineBench.shipped)
    let synthetic = sizes.map { EngineBench.synthetic(size: $0, askNextLimit: askNextLimit) }
    print(
        "{\"shipped\": [\(shipped.joined(separator: ", "))], \"synthetic\": [\(synthetic.joined(separator: ", "))], \"sink\": \(sink % 2)}")
case "reports" where arguments.count == 2:
    print(ReportBench.run(path: arguments[1]))
case "store" where arguments.count >= 4:
    StoreFixture.generate(into: arguments[1], count: Int(arguments[2])!, questionnairePaths: Array(arguments[3...]))
case "assessment" where arguments.count == 3:
    StoreFixture.writeAssessment(to: arguments[1], questionnairePath: arguments[2])
case "profile" where arguments.count == 4:
    Profile.run(arguments[1], source: arguments[2], count: Int(arguments[3])!)
case "synthetic" where arguments.count == 2:
    print(SyntheticQuestionnaire(questionCount: Int(arguments[1])!).yaml, terminator: "")
default:
    let usage = Array("usage: readiness-bench engine|reports|store|assessment|synthetic ...; see Benchmarks/run\n".utf8)
    _ = usage.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(64)
}
