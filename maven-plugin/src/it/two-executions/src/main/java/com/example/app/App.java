package com.example.app;

import com.example.pets.PetsClient;
import com.example.pets.model.Pet;
import com.example.pets.model.PetStatus;
import com.example.stores.StoresClient;
import com.example.stores.model.Store;

/** Uses the generated client, so the build proves it compiles and links. */
public final class App {
  private App() {}

  static String where(StoresClient client, Store store) {
    return client + " " + store.id();
  }

  static String describe(PetsClient client, Pet pet, PetStatus status) {
    return client + " " + pet.name() + " " + status;
  }
}
