package org.engagementsignals.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator whose subclass only says how to read the next element, or null at the end. */
abstract class LookaheadIterator<T> implements Iterator<T> {
  private T next;

  /** The next element, or null when there are no more. */
  protected abstract T readNext();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = next;
    next = null;
    return t;
  }
}
