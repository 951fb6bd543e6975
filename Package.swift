// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Readiness",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "readiness", targets: ["readiness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // 5.0.1 on purpose: it keeps duplicate mapping keys, so the loader can report
        // both places; 6.x throws on the first duplicate with only one location.
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
    ],
    targets: [
        .target(
            name: "ReadinessCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ReadinessReports", dependencies: ["ReadinessCore"]),
        .target(name: "ReadinessStore", dependencies: ["ReadinessCore"]),
        .executableTarget(
            name: "readiness",
            dependencies: [
                "ReadinessCore",
                "ReadinessReports",
                "ReadinessStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ReadinessCoreTests",
            dependencies: ["ReadinessCore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
