package dev.studypath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void boundedDistance_equalsTheFullDistanceCappedAtMaxPlusOne() {
        Random random = new Random(20260601L);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
            int max = random.nextInt(4);
            assertEquals(Math.min(Folding.distance(a, b), max + 1), Folding.distance(a, b, max), a + " / " + b + " / " + max);
        }
    }

    @Test
    void boundedDistance_countsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, Folding.distance("netwroking", "networking", 2));
        assertEquals(3, Folding.distance("abcdef", "badcfe", 2));
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String a, Random random) {
        StringBuilder b = new StringBuilder(a);
        for (int edits = random.nextInt(4); edits > 0 && b.length() > 1; edits--) {
            int at = random.nextInt(b.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, 'z');
                case 2 -> b.setCharAt(at, 'y');
                default -> {
                    char c = b.charAt(at);
                    b.setCharAt(at, b.charAt(at + 1));
                    b.setCharAt(at + 1, c);
                }
            }
        }
        return b.toString();
    }
}
