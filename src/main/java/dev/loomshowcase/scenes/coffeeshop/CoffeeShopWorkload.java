package dev.loomshowcase.scenes.coffeeshop;

import dev.loomshowcase.workload.SeedVariants;
import dev.loomshowcase.workload.CpuBurner;
import dev.loomshowcase.workload.LivePhases;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
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
 * model: the carrier of a virtual thread, or a platform thread. Each repetition is the variant written
 * out in {@link CoffeeShop} for the cell's model, with a barista whose steps are recorded.
 */
public final class CoffeeShopWorkload implements Workload {

    public static final String NAME = "coffee-shop";
    /** The orders, in the seed's order: order 1 is an espresso, 2 a drip coffee, 3 a pastry. */
    public static final List<String> MACHINES = CoffeeShop.MACHINES;

    private final Downstream machines;
    private final double handlingMs;
    private final CpuBurner burner = CpuBurner.calibrated();
    private final ThreadModel model;
    private final int carriers;
    private volatile CarrierRecorder recorder = new CarrierRecorder();
    private PhaseListener live = PhaseListener.NONE;

    CoffeeShopWorkload(URI stubs, double handlingMs, ThreadModel model, int carriers) {
        this.machines = new Downstream(stubs, Duration.ofSeconds(30));
        this.handlingMs = handlingMs;
        this.model = model;
        this.carriers = carriers;
    }

    public static Workload fromSpec(CellSpec spec) {
        CoffeeShopWorkload shop = new CoffeeShopWorkload(URI.create(spec.param("stubs")),
                Double.parseDouble(spec.param("handlingMs")), spec.model(), spec.carriers());
        shop.live = LivePhases.forCell(spec);
        return shop;
    }

    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        CarrierRecorder fresh = new CarrierRecorder(live);
        recorder = fresh;
        return List.copyOf(serve(model, carriers, machines, recordedBarista(fresh)));
    }

    /** The seed's variant for {@code model}; where the seed writes none, the model's runner over the same orders. */
    public static List<String> serve(ThreadModel model, int carriers, Downstream machines, CoffeeShop.Barista barista) throws Exception {
        return new SeedVariants<List<String>>(() -> CoffeeShop.sequential(machines, barista), () -> CoffeeShop.structured(machines, barista),
                threads -> CoffeeShop.fixedPool(machines, threads, barista), () -> CoffeeShop.threadPerTask(machines, barista),
                runner -> runner.runAll(java.util.stream.IntStream.rangeClosed(1, MACHINES.size())
                        .<Callable<String>>mapToObj(order -> () -> CoffeeShop.order(machines, barista, order)).toList()))
                .run(model, carriers);
    }

    /** A barista whose hands burn {@code handlingMs} of calibrated CPU per step, every step recorded. */
    private CoffeeShop.Barista recordedBarista(CarrierRecorder rec) {
        return new CoffeeShop.Barista() {
            @Override
            public void handle(int order, String step) throws Exception {
                rec.cpu(Integer.toString(order), step, () -> burner.burnMs(handlingMs));
            }

            @Override
            public String await(int order, Callable<String> machine) throws Exception {
                return rec.await(Integer.toString(order), machine::call);
            }
        };
    }

    @Override
    public List<Callable<Object>> tasks() {
        CarrierRecorder fresh = new CarrierRecorder(live);
        recorder = fresh;
        CoffeeShop.Barista barista = recordedBarista(fresh);
        return java.util.stream.IntStream.rangeClosed(1, MACHINES.size())
                .<Callable<Object>>mapToObj(order -> () -> CoffeeShop.order(machines, barista, order))
                .toList();
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
