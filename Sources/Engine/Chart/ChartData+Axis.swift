extension ChartData {
    /// Whether the labels are read as times: `options.timeAxis`, else every label parses as a date.
    var isTimeAxis: Bool {
        if let t = options.timeAxis { return t && !timeValues.isEmpty }
        return !data.labels.isEmpty && data.labels.allSatisfy { TimeValue.parse($0) != nil }
            && data.labels.contains { $0.count > 4 || data.labels.count > 1 }
    }

    /// Seconds since 1970 of each label (empty unless all parse).
    var timeValues: [Double] {
        var out: [Double] = []
        out.reserveCapacity(data.labels.count)
        for l in data.labels {
            guard let t = TimeValue.parse(l) else { return [] }
            out.append(t.seconds)
        }
        return out
    }

    /// The date format the options ask for, if any.
    var dateFormat: TimeLabelFormat? { options.dateFormat.map(TimeLabelFormat.init) }
}
