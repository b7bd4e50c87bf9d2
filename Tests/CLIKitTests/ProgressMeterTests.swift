@testable import CLIKit
#if canImport(Glibc)
    import Glibc
#endif
import Testing

@Suite struct ProgressMeterTests {
    @Test func showsRowsRateAndTimeLeft() {
        #expect(
            ProgressMeter.line(label: "Importing", done: 45_000, total: 100_000, elapsed: .milliseconds(250))
                == "Importing  45,000/100,000 rows  180,000 rows/s  ETA 1 s")
        #expect(
            ProgressMeter.line(label: "Exporting", done: 10, total: 10, elapsed: .seconds(1))
                == "Exporting  10/10 rows  10 rows/s")
        #expect(ProgressMeter.line(label: "Importing", done: 0, total: 10, elapsed: .zero) == "Importing  0/10 rows")
    }

    @Test func drawsOnlyWhenAskedAndEndsTheLine() {
        let capture = Capture()
        let meter = ProgressMeter(label: "Importing", write: capture.io.err)
        meter.finish()
        #expect(capture.stderr.isEmpty)
        meter.update(done: 1, total: 2)
        meter.update(done: 2, total: 2)
        meter.finish()
        #expect(capture.stderr.hasPrefix("\rImporting  1/2 rows"))
        #expect(capture.stderr.contains("\rImporting  2/2 rows"))
        #expect(capture.stderr.hasSuffix("\n"))
    }
}

@Suite struct StandardStreamTests {
    @Test func aClosedPipeIsAFailureNotATrap() {
        StandardStream.ignoreBrokenPipes()
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        close(descriptors[0])
        let stream = StandardStream(descriptor: descriptors[1])
        stream.write("nobody reads this\n")
        #expect(stream.failure == String(cString: strerror(EPIPE)))
        stream.write("nor this")
        close(descriptors[1])
    }

    @Test func everyByteArrivesWhenTheReaderReads() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let stream = StandardStream(descriptor: descriptors[1])
        stream.write("héllo\n")
        close(descriptors[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(descriptors[0], &buffer, 64)
        close(descriptors[0])
        #expect(Array(buffer[..<max(count, 0)]) == Array("héllo\n".utf8))
        #expect(stream.failure == nil)
    }
}
