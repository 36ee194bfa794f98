package dev.paygen.generator.naming;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Hands out unique Java names in one scope (a package, a type's members, a client, an operation's
 * arguments); the one place that makes a name unique. Learned from JavaPoet's {@code NameAllocator}:
 * {@link #newName(String, Object)} claims a name for a tag, {@link #get(Object)} reads it back, and
 * {@link #copy()} starts a nested scope that sees the outer names.
 *
 * <p>The one collision policy: a free suggestion is kept; a taken one, by an earlier name or a
 * reserved name, gets the smallest counter from 2 that frees it ({@code Payment2}, or
 * {@code PAID_2} in an {@link #upperSnake()} scope, so a constant stays UPPER_SNAKE). Keywords and
 * illegal identifiers are the naming rules' business ({@code default_}, {@code _3ds}); a suggestion
 * that is not a legal identifier is a bug in the caller.
 */
public final class NameAllocator {
  /** The holder of a reserved name: what generated code itself declares or refers to. */
  public static final String RESERVED = "a name generated code uses";

  private final String separator;
  private final Map<String, Object> holders;
  private final Map<Object, String> names;

  private NameAllocator(String separator, Map<String, Object> holders, Map<Object, String> names) {
    this.separator = separator;
    this.holders = holders;
    this.names = names;
  }

  /**
   * {@return a scope of type, method, component or argument names: collisions become {@code Name2}}
   */
  public static NameAllocator camelCase() {
    return new NameAllocator("", new LinkedHashMap<>(), new HashMap<>());
  }

  /** {@return a scope of constants: collisions become {@code NAME_2}} */
  public static NameAllocator upperSnake() {
    return new NameAllocator("_", new LinkedHashMap<>(), new HashMap<>());
  }

  /**
   * Reserves names: a suggestion equal to one of them gets a counter.
   *
   * @param reserved the names to reserve
   * @return this scope
   */
  public NameAllocator reserve(Collection<String> reserved) {
    reserved.forEach(name -> holders.putIfAbsent(name, RESERVED));
    return this;
  }

  /**
   * Reserves names: a suggestion equal to one of them gets a counter.
   *
   * @param reserved the names to reserve
   * @return this scope
   */
  public NameAllocator reserve(String... reserved) {
    return reserve(List.of(reserved));
  }

  /**
   * Claims a unique name based on {@code suggestion} for {@code tag}.
   *
   * @param suggestion a legal Java identifier
   * @param tag what the name stands for (a schema name, a pointer...); unique in this scope
   * @return {@code suggestion}, or {@code suggestion} with the smallest free counter from 2
   * @throws IllegalArgumentException if the suggestion is not a legal identifier or the tag has a name
   */
  public String newName(String suggestion, Object tag) {
    if (!SourceVersion.isIdentifier(suggestion) || SourceVersion.isKeyword(suggestion)) {
      throw new IllegalArgumentException("not a legal Java name: '" + suggestion + "'");
    }
    if (names.containsKey(tag)) {
      throw new IllegalArgumentException("tag " + tag + " already has the name " + names.get(tag));
    }
    String name = suggestion;
    for (int i = 2; holders.containsKey(name); i++) {
      name = suggestion + separator + i;
    }
    holders.put(name, tag);
    names.put(tag, name);
    return name;
  }

  /**
   * Claims, for {@code tag}, a unique name based on {@code suggestion} whose companions (the name
   * followed by each of {@code companionSuffixes}) are free too, and claims them all: a service
   * method, its {@code Async} twin and its {@code Request} helper.
   *
   * @param suggestion a legal Java identifier
   * @param tag what the name stands for; unique in this scope
   * @param companionSuffixes the suffixes of the companion names
   * @return {@code suggestion}, or {@code suggestion} with the smallest counter from 2 that frees
   *     it and its companions
   */
  public String newName(String suggestion, Object tag, String... companionSuffixes) {
    String name = suggestion;
    for (int i = 2; !free(name, companionSuffixes); i++) {
      name = suggestion + separator + i;
    }
    newName(name, tag);
    for (String suffix : companionSuffixes) {
      holders.put(name + suffix, tag);
    }
    return name;
  }

  private boolean free(String name, String... companionSuffixes) {
    if (holders.containsKey(name)) {
      return false;
    }
    for (String suffix : companionSuffixes) {
      if (holders.containsKey(name + suffix)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Claims a unique name based on {@code suggestion} that nothing needs to look up again.
   *
   * @param suggestion a legal Java identifier
   * @return {@code suggestion}, or {@code suggestion} with the smallest free counter from 2
   */
  public String newName(String suggestion) {
    return newName(suggestion, new Object());
  }

  /**
   * Looks up a claimed name.
   *
   * @param tag what the name stands for
   * @return the name claimed for {@code tag}
   * @throws IllegalArgumentException if {@code tag} has no name
   */
  public String get(Object tag) {
    String name = names.get(tag);
    if (name == null) {
      throw new IllegalArgumentException("no name for " + tag);
    }
    return name;
  }

  /**
   * Tells whether a name is taken.
   *
   * @param name a name
   * @return whether {@code name} is taken or reserved in this scope
   */
  public boolean isTaken(String name) {
    return holders.containsKey(name);
  }

  /**
   * Tells what holds a name.
   *
   * @param name a name
   * @return the tag holding {@code name}, {@link #RESERVED} for a reserved name, or null when it is
   *     free
   */
  public Object holder(String name) {
    return holders.get(name);
  }

  /**
   * {@return a new scope that starts with every name of this one taken; claims in it do not reach
   * this one}
   */
  public NameAllocator copy() {
    return new NameAllocator(separator, new LinkedHashMap<>(holders), new HashMap<>(names));
  }
}
