package com.example.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A shop that sells through Dodo Payments' hosted checkout: see this example's README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShopApplication {
  /**
   * Starts the shop.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }
}
