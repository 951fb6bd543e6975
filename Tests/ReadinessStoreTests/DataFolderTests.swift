import ReadinessStore
import XCTest

/// Where the data lives: the flag, the environment, XDG, the home folder.
final class DataFolderTests: XCTestCase {
    func testTheFlagWinsThenTheEnvironmentThenXDGThenHome() {
        let everything = ["READINESS_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/sam"]
        XCTAssertEqual(DataFolder.locate(explicit: "/flag", environment: everything, home: nil), "/flag")
        XCTAssertEqual(DataFolder.locate(explicit: nil, environment: everything, home: nil), "/env")
        XCTAssertEqual(
            DataFolder.locate(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/home/sam"], home: nil),
            "/xdg/readiness/assessments")
        XCTAssertEqual(
            DataFolder.locate(explicit: nil, environment: ["HOME": "/home/sam"], home: nil), "/home/sam/.local/share/readiness/assessments")
    }

    func testEmptyAndRelativeValuesAreIgnored() {
        XCTAssertEqual(
            DataFolder.locate(explicit: "", environment: ["READINESS_DATA_DIR": "", "XDG_DATA_HOME": "relative", "HOME": "/h"], home: nil),
            "/h/.local/share/readiness/assessments")
        XCTAssertEqual(
            DataFolder.locate(explicit: nil, environment: [:], home: "/from/passwd"), "/from/passwd/.local/share/readiness/assessments")
        XCTAssertNil(DataFolder.locate(explicit: nil, environment: [:], home: nil))
    }

    func testTheListCacheLivesInTheXDGCacheFolderOnePerDataFolder() throws {
        let a = try XCTUnwrap(DataFolder.listingCachePath(forDataFolder: "/data/a", environment: ["XDG_CACHE_HOME": "/cache"], home: nil))
        let b = try XCTUnwrap(DataFolder.listingCachePath(forDataFolder: "/data/b", environment: ["HOME": "/h"], home: nil))
        XCTAssertTrue(a.hasPrefix("/cache/readiness/list-"), a)
        XCTAssertTrue(b.hasPrefix("/h/.cache/readiness/list-"), b)
        XCTAssertNotEqual(a.dropFirst("/cache".count), b.dropFirst("/h/.cache".count))
    }

    /// The password database is read (two files opened, on every start) only where `HOME` and the XDG
    /// folders leave the home folder unknown.
    func testThePasswordDatabaseIsReadOnlyWhenNeeded() {
        var lookups = 0
        func passwordHome() -> String? {
            lookups += 1
            return "/from/passwd"
        }
        let home = ["HOME": "/h"]
        XCTAssertEqual(DataFolder.locate(explicit: "/flag", environment: [:], home: passwordHome()), "/flag")
        XCTAssertEqual(DataFolder.locate(explicit: nil, environment: home, home: passwordHome()), "/h/.local/share/readiness/assessments")
        XCTAssertEqual(DataFolder.cacheFolder(environment: ["XDG_CACHE_HOME": "/cache"], home: passwordHome()), "/cache/readiness")
        XCTAssertNotNil(DataFolder.listingCachePath(forDataFolder: "/data", environment: home, home: passwordHome()))
        XCTAssertEqual(lookups, 0, "HOME, a flag or an XDG folder was enough")
        XCTAssertEqual(DataFolder.cacheFolder(environment: [:], home: passwordHome()), "/from/passwd/.cache/readiness")
        XCTAssertEqual(lookups, 1)
    }
}
