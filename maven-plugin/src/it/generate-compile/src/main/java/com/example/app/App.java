package com.example.app;

import com.example.pets.PetsClient;
import com.example.pets.model.Pet;
import com.example.pets.model.PetStatus;

/** Uses the generated client, so the build proves it compiles and links. */
public final class App {
  private App() {}

  static String describe(PetsClient client, Pet pet, PetStatus status) {
    return client + " " + pet.name() + " " + status;
  }
}
