package dev.studypath.dataset;

/**
 * An RFC 6901 JSON pointer into the file being read, spelled out only when a problem names it: a
 * file of 100,000 projects has millions of values, and few of them, if any, are wrong.
 */
final class Pointer {

    /** The whole document: "". */
    static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String field;
    private final int index;

    private Pointer(Pointer parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    /** The member {@code name} of the object here. */
    Pointer field(String name) {
        return new Pointer(this, name, -1);
    }

    /** The element {@code i} of the array here. */
    Pointer index(int i) {
        return new Pointer(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String segment = field == null ? Integer.toString(index) : field.replace("~", "~0").replace("/", "~1");
        return parent + "/" + segment;
    }
}
