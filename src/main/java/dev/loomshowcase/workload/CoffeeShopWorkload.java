package dev.loomshowcase.workload;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.observe.CarrierRecorder;
import dev.loomshowcase.observe.PhaseListener;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The seed's coffee shop: three orders, each "take the order (CPU), run a machine (a stub call that
 * waits), finish the order (CPU)", with every phase's barista and times recorded.
 *
 * <p>The machines are WireMock stubs ({@code /machines/espresso}, {@code /drip}, {@code /pastry}), each
 * with its own delay in {@code stub-services/mappings}. Who the barista is depends on the thread
 * model: the carrier of a virtual thread, or a platform thread.
 */
public final class CoffeeShopWorkload implements Workload {

    public static final String NAME = "coffee-shop";
    /** The orders, in the seed's order: order 1 is an espresso, 2 a drip coffee, 3 a pastry. */
    public static final List<String> MACHINES = List.of("espresso", "drip", "pastry");

    private final Downstream machines;
    private final double handlingMs;
    private final CpuBurner burner = CpuBurner.calibrated();
    private volatile CarrierRecorder recorder = new CarrierRecorder();
    private PhaseListener live = PhaseListener.NONE;

    CoffeeShopWorkload(URI stubs, double handlingMs) {
        this.machines = new Downstream(stubs, Duration.ofSeconds(30));
        this.handlingMs = handlingMs;
    }

    public static Workload fromSpec(CellSpec spec) {
        CoffeeShopWorkload shop = new CoffeeShopWorkload(URI.create(spec.param("stubs")), Double.parseDouble(spec.param("handlingMs")));
        shop.live = LivePhases.forCell(spec);
        return shop;
    }

    @Override
    public List<Callable<Object>> tasks() {
        CarrierRecorder fresh = new CarrierRecorder(live);
        recorder = fresh;
        return java.util.stream.IntStream.range(0, MACHINES.size())
                .<Callable<Object>>mapToObj(i -> () -> order(fresh, i + 1, MACHINES.get(i)))
                .toList();
    }

    private Object order(CarrierRecorder rec, int number, String machine) throws Exception {
        String task = Integer.toString(number);
        rec.cpu(task, "take", () -> burner.burnMs(handlingMs));
        String beep = rec.await(task, () -> machines.get("/machines/" + machine));
        rec.cpu(task, "finish", () -> burner.burnMs(handlingMs));
        return beep;
    }

    @Override
    public void verify(List<Object> results) {
        for (int i = 0; i < results.size(); i++) {
            if (!String.valueOf(results.get(i)).contains(MACHINES.get(i))) {
                throw new IllegalStateException("order " + (i + 1) + " got the wrong machine's beep: " + results.get(i));
            }
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("events", recorder.events(), "handlingMs", handlingMs);
    }

    @Override
    public void close() {
        machines.close();
    }
}
