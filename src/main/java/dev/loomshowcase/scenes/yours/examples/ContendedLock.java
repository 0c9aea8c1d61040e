package dev.loomshowcase.scenes.yours.examples;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Updates one shared total under one fair lock, in many short turns: the copies of this task contend.
 * One thread takes the lock uncontended; two threads on two cores hand it to each other at every
 * turn (a fair lock goes to the longest waiter, who must be woken), so more threads make the batch
 * slower, not faster. On one carrier, virtual threads never meet at the lock: they are not time-sliced.
 */
public class ContendedLock implements Runnable {

    private static final ReentrantLock LOCK = new ReentrantLock(true);
    private static long total;
    private static final int TURNS = 1_000;
    private static final int WORK = 1_000;

    @Override
    public void run() {
        for (int turn = 0; turn < TURNS; turn++) {
            LOCK.lock();
            try {
                for (int step = 0; step < WORK; step++) {
                    total = total * 31 + step + turn;
                }
            } finally {
                LOCK.unlock();
            }
        }
    }

    /** The shared total so far (read under the lock). */
    public static long total() {
        LOCK.lock();
        try {
            return total;
        } finally {
            LOCK.unlock();
        }
    }
}
