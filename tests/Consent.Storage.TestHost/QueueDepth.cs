using System.Diagnostics.Metrics;

/// <summary>Reads the audit writer's queue-depth gauge through the public metrics, as a monitoring agent would.</summary>
internal static class QueueDepth
{
    public static long Read()
    {
        long depth = -1;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "consent.audit.queue.depth")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => depth = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return depth;
    }
}
