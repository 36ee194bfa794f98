package dev.paygen.generator.model;

import java.util.List;

/** A generated model type: a record, an enum or a sealed union. */
public sealed interface TypeModel permits RecordModel, EnumModel, UnionModel {
  /** {@return the type's name: its simple name, nested inside its owners for inline types} */
  TypeName name();

  /** {@return Javadoc text from the spec (description, else title), or empty} */
  String description();

  /** {@return the JSON pointer of the schema this type came from, for Javadoc and diagnostics} */
  String pointer();

  /** {@return types declared inside this one (inline schemas of its properties and variants)} */
  List<TypeModel> nested();
}
