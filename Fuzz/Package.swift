// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for readiness, kept out of the root package so `swift build` and `swift test` there
// never build them. Build and run them with `Fuzz/run [seconds]`; README.md in this folder says more.
//
// Each fuzzer is an executable target with no `@main` that defines `LLVMFuzzerTestOneInput`; libFuzzer
// brings `main` when built with `swift build --sanitize=fuzzer --sanitize=address`.
let package = Package(
    name: "ReadinessFuzz",
    dependencies: [.package(name: "Readiness", path: "..")],
    targets: [
        // What the fuzzers share: the shipped questionnaires and the checks of a rendered frame.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "ReadinessCore", package: "Readiness"),
                .product(name: "ReadinessInterview", package: "Readiness"),
            ]
        ),
        // Questionnaire YAML: bytes, UTF-8 decoding, parsing, validation, diagnostics, then scoring what loads.
        .executableTarget(
            name: "FuzzQuestionnaire",
            dependencies: ["FuzzSupport", .product(name: "ReadinessCore", package: "Readiness")]
        ),
        // Assessment files: the header, then decoding against a shipped questionnaire, then a round trip.
        .executableTarget(
            name: "FuzzAssessmentFile",
            dependencies: ["FuzzSupport", .product(name: "ReadinessCore", package: "Readiness")]
        ),
        // The interview model: bytes as keys, text and resizes; every frame checked.
        .executableTarget(
            name: "FuzzInterviewKeys",
            dependencies: [
                "FuzzSupport",
                .product(name: "ReadinessCore", package: "Readiness"),
                .product(name: "ReadinessInterview", package: "Readiness"),
            ]
        ),
    ]
)
