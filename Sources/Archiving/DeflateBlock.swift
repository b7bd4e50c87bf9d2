/// One DEFLATE block with dynamic Huffman codes (RFC 1951 §3.2.7): the codes' description, then the tokens.
struct DeflateBlock {
    let tokens: ArraySlice<Deflate.Token>

    static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which the code-length code's lengths are sent.
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The index of the last base at or below `value`.
    static func slot(_ value: Int, in bases: [Int]) -> Int {
        var low = 0, high = bases.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if bases[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    func write(to writer: inout BitWriter, last: Bool) {
        var literals = [Int](repeating: 0, count: 286), distances = [Int](repeating: 0, count: 30)
        for token in tokens {
            if token.length == 0 {
                literals[Int(token.value)] += 1
            } else {
                literals[257 + Self.slot(Int(token.length), in: Self.lengthBase)] += 1
                distances[Self.slot(Int(token.value), in: Self.distanceBase)] += 1
            }
        }
        literals[256] = 1
        let literalCode = HuffmanCode(frequencies: literals, limit: 15)
        let distanceCode = HuffmanCode(frequencies: distances, limit: 15)
        writer.write(last ? 1 : 0, width: 1)
        writer.write(2, width: 2)
        writeCodes(literalCode, distanceCode, to: &writer)
        for token in tokens {
            if token.length == 0 {
                writer.write(code: literalCode.codes[Int(token.value)], length: literalCode.lengths[Int(token.value)])
                continue
            }
            let length = Int(token.length), distance = Int(token.value)
            let lengthSlot = Self.slot(length, in: Self.lengthBase)
            writer.write(code: literalCode.codes[257 + lengthSlot], length: literalCode.lengths[257 + lengthSlot])
            writer.write(UInt32(length - Self.lengthBase[lengthSlot]), width: Self.lengthExtra[lengthSlot])
            let distanceSlot = Self.slot(distance, in: Self.distanceBase)
            writer.write(code: distanceCode.codes[distanceSlot], length: distanceCode.lengths[distanceSlot])
            writer.write(UInt32(distance - Self.distanceBase[distanceSlot]), width: Self.distanceExtra[distanceSlot])
        }
        writer.write(code: literalCode.codes[256], length: literalCode.lengths[256])
    }

    /// HLIT, HDIST and HCLEN, the code-length code, then both codes' lengths run-length encoded with it.
    private func writeCodes(_ literals: HuffmanCode, _ distances: HuffmanCode, to writer: inout BitWriter) {
        let literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let runs = Self.runs(Array(literals.lengths[..<literalCount]) + Array(distances.lengths[..<distanceCount]))
        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let lengthCode = HuffmanCode(frequencies: frequencies, limit: 7)
        let sent = max(4, (Self.lengthOrder.lastIndex { lengthCode.lengths[$0] > 0 } ?? 0) + 1)
        writer.write(UInt32(literalCount - 257), width: 5)
        writer.write(UInt32(distanceCount - 1), width: 5)
        writer.write(UInt32(sent - 4), width: 4)
        for symbol in Self.lengthOrder.prefix(sent) { writer.write(UInt32(lengthCode.lengths[symbol]), width: 3) }
        for run in runs {
            writer.write(code: lengthCode.codes[run.symbol], length: lengthCode.lengths[run.symbol])
            switch run.symbol {
            case 16: writer.write(UInt32(run.extra), width: 2)
            case 17: writer.write(UInt32(run.extra), width: 3)
            case 18: writer.write(UInt32(run.extra), width: 7)
            default: break
            }
        }
    }

    /// Code lengths as symbols 0–15, 16 (repeat the previous 3–6 times), 17 (3–10 zeros) and 18 (11–138 zeros).
    static func runs(_ lengths: [Int]) -> [(symbol: Int, extra: Int)] {
        var runs: [(symbol: Int, extra: Int)] = [], index = 0
        while index < lengths.count {
            let length = lengths[index]
            var count = 1
            while index + count < lengths.count, lengths[index + count] == length { count += 1 }
            index += count
            if length == 0 {
                while count >= 11 { let take = min(count, 138); runs.append((18, take - 11)); count -= take }
                if count >= 3 { runs.append((17, count - 3)); count = 0 }
            } else {
                runs.append((length, 0))
                count -= 1
                while count >= 3 { let take = min(count, 6); runs.append((16, take - 3)); count -= take }
            }
            runs += Array(repeating: (length, 0), count: count)
        }
        return runs
    }
}
