import XCTest

@testable import ReadinessReports

/// The line that stands for the stylesheet in an HTML snapshot. The stylesheet is the same in every
/// report, so it is snapshotted once (`Snapshots/report-style.css`) and the per-report snapshots hold
/// what differs between reports.
let stylesheetMarker = "/* the stylesheet: Snapshots/report-style.css */\n"

/// Compares an HTML report with `Snapshots/NAME` with the stylesheet replaced by `stylesheetMarker`,
/// after checking that the document holds the renderer's stylesheet whole, once, inside its `<style>`.
func assertHTMLSnapshot(_ html: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let sheet = HTMLReportStyle.sheet
    guard let style = html.range(of: "<style>\n"), let end = html.range(of: "</style>\n"),
        let found = html.range(of: sheet, range: style.upperBound..<end.lowerBound), found.upperBound == end.lowerBound,
        html.components(separatedBy: sheet).count == 2
    else {
        XCTFail("\(name): the <style> block does not end with the renderer's stylesheet", file: file, line: line)
        return
    }
    assertSnapshot(html.replacingCharacters(in: found, with: stylesheetMarker), named: name, file: file, line: line)
}
