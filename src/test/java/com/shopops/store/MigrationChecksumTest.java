package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration is never edited once it has landed (docs/architecture.md, "Adding a migration"):
 * stores out there already ran it and will never run it again. This pins the sha256 of each landed
 * file, so an edit fails the build; a change to the schema is a new file. When a new migration
 * lands, add its name and hash at the end of {@link #LANDED} (the failure message gives the line).
 */
class MigrationChecksumTest {
  /** In order, as in {@link Migrations#FILES}. */
  static final Map<String, String> LANDED = new LinkedHashMap<>();

  static {
    // V001 was edited after it landed (two secondary indexes dropped in commit 516f54e):
    // the pin is of that edited content, as on main when the pins were taken. Stores made before
    // the edit still have the indexes orders_created_at and order_lines_sku.
    LANDED.put(
        "V001__init.sql", "1fc934caeb09a95cfdb511f094afc11ebd3b320b0a6fc4f3290f25c8843cbde4");
    LANDED.put(
        "V002__shipments.sql", "9147c96d30414364652b3a29524594678278efcc8c7ff0d8ebb3964ef2c8529e");
    LANDED.put(
        "V003__returns.sql", "775f9ebb3657d7fca1ff24c8fb5d1528d8e3edd3133d800fc6ba9926cf7a9581");
    LANDED.put(
        "V004__traffic_events.sql",
        "0bf3cf2fbff2538e2314ccac86c95c5e3a13178b99fdf5766e9cf9b963f7a721");
    LANDED.put(
        "V005__followups.sql", "eca992d7655f74c7ae7001d60bdf9ced2e91c55409251ec2a5b15082f6fc4566");
    LANDED.put(
        "V006__lists.sql", "f6571f2f4ae6ff26c5aa85878f40865c8adbad2335e8dd1d67cf60dadcdf17ff");
    LANDED.put(
        "V007__anomalies.sql", "188a0681069c0c1df6666033386d05c415230d984ccb51c93babca42ccfe6015");
    LANDED.put(
        "V008__paid_inferred.sql",
        "0853581890f860bd41ccd3dab71ff5dff47aff7f9a8479738a9ed6a8f23db890");
    LANDED.put(
        "V009__complaints.sql", "ccff81d0ae5e48e4bf9cd6ded1eaf3af6926088723c699e5ccfb5b77e49299e3");
    LANDED.put(
        "V010__customer_figures.sql",
        "d4bbdf3f4bd11d0764b3eaf866f3c25369ad81a4eb7503ebb8fe796901cbaa65");
    LANDED.put(
        "V011__visitor_days.sql",
        "87e9fc26601c67266d0bb23e90a240dff8d983a40b7e88c2fff6eccefbd6aa56");
    LANDED.put(
        "V012__rfm_breaks.sql", "8e034328f2622b1dda21428724804c51e046e58cd204f91f49562461cbcef23c");
    LANDED.put(
        "V013__list_agent.sql", "8b8c0402a2b7cec0a4908f820be58809df2cdca02154a090975fca93286887f3");
    LANDED.put(
        "V014__customer_aliases.sql",
        "54bccf913527b79e95ba4504e70d485256013a8ea6e97cffee3fa65b52822778");
    LANDED.put(
        "V015__import_user.sql",
        "b9ee3d4ec5e73e99a117fbf4bac4a6e10de1c0969f583956769fb4a0c624b3fa");
    LANDED.put(
        "V016__refund_deltas.sql",
        "e435ce01e8a71e62aad1af365359d63825dd61cf81523c21133c2cec44cbd139");
    LANDED.put(
        "V017__order_currency.sql",
        "d3ae8c9cd852cca84daba1a1de11f6a82ccad95c6cad1938a81a14c231043eb1");
    LANDED.put(
        "V018__delivered_indexes.sql",
        "4b81d91bf84ec9ab2bdcf7fedca22e46b26337290bc4f1afc979bd56ec59ee5f");
    LANDED.put(
        "V019__money_derived.sql",
        "e366fca63fc7440ea690f3b845d62540caf68a4484dad5237efb11b596a1dc6f");
    LANDED.put(
        "V020__figures_marks_per_statement.sql",
        "777b055a31d9443cfcf733818eca4c930d4fbcc78a22d1b35eee325903ee7814");
    LANDED.put(
        "V021__return_withdrawn.sql",
        "c786ea147114b9c14aa077ba1fbadb5fdcdd45362d14b7689fad2ce18ffec05f");
    LANDED.put(
        "V022__shipped_indexes.sql",
        "03a81c11cdd6c9b25334759b23644f2994a42493b692ae22366ae0d4189ed575");
    LANDED.put(
        "V023__line_item_id_cod.sql",
        "a163b787a79d39ad17e2e5d51d28aa3942281fbe1b90ce8c1e4514447102fbcb");
    LANDED.put(
        "V024__purchase_rule.sql",
        "cbfc9501e59426fa9a7d4e731dfc599232ac0eebf6ad4033fa5859fc4ca7e48e");
    LANDED.put(
        "V025__old_readings.sql",
        "0ff1f83c0d5241ad2b0d46b25e1300795873f6f6a0a2a217de25f23b761cc017");
    LANDED.put(
        "V026__return_events.sql",
        "864719d18a4fbb01a4b29d0abb356d7dd74d6333cc9188de4f147b88a2bfe40a");
    LANDED.put(
        "V027__returns_figures_per_file.sql",
        "0462d90e0f87ca87c11c8da23bf42609583fc390f31d62be2ded023ae20e462d");
    LANDED.put(
        "V028__two_platform_buyers.sql",
        "6c0aab5b208ce5ebb1e3cf645a4009b5dd6ccd83982a96358bc534315a302a5b");
    LANDED.put(
        "V029__closed_seen_at.sql",
        "cd9175b1cb2d1ef31dd1563389e5e8702d588d9c79019b54202d27e0d21822da");
    LANDED.put(
        "V030__order_discount.sql",
        "f8f784306d64f48c9f6c7e0790af7e7ec5fe98d1b71473cf131a8727e06d6d0b");
    LANDED.put(
        "V031__refund_seen_at.sql",
        "fcae882106661036bafb1bed909806dc3ca120648de751dae76e66e0ae2a5576");
    LANDED.put(
        "V032__exported_at.sql",
        "473cb0a44fa740796703be8f53c43d7bedad9a5b3dd005913853e851d1d017b0");
    LANDED.put(
        "V033__refund_steps.sql",
        "385e6914251ae115fd5f6bf8278395f9731fec00af83d2248e0380303e913a05");
    LANDED.put(
        "V034__return_kind.sql",
        "827be83c5e99e0996bc5393bcf4a7c90946f7f5e8792c24c491c9b4402a1374b");
    LANDED.put(
        "V035__sla_figures.sql",
        "9bbab1d5a1157eb2379989a062e90bc292d6139af3271ff3f5dc9c0f697aff81");
    LANDED.put(
        "V036__shipment_parcels.sql",
        "854c94e1e5c03a0b3c739d1b0009565167dc3bf1f46e0e4011a63745201f73d5");
    LANDED.put(
        "V037__sla_refund_marks.sql",
        "ccbe60020f4ea10ced852987ef77c2645ee8601d97f4781cad446073dca2a6f7");
    LANDED.put(
        "V038__config_changes.sql",
        "e715085a0f2d19ad97e5e8bda9e7dc07ad33acbd6874eadd90477b0fea530e38");
    LANDED.put(
        "V039__parcel_removals.sql",
        "aec79b398ee59520ef87f4a6ed03327af31866c28fe4b22a345e2ed297c781a9");
    LANDED.put(
        "V040__sla_refund_marks_unshipped.sql",
        "a9e7368fe0725cd23814be8e8eaf7a8fe15276728eac4eef190625c3b4b35b72");
    LANDED.put(
        "V041__amount_before_discount.sql",
        "e60d81be49efb56a3e2677904da64309882d00d573c4901993fb9eace08fa285");
    LANDED.put(
        "V042__presale_paid_in_full.sql",
        "dccd3c5b860eb1f7040cfb2ff18fcbc7941eb083cf84700b78ebe16dc5ec5792");
    LANDED.put(
        "V043__export_parcels_kept.sql",
        "08a50494c8bd44b5c33d938423745ebd9a83cbcd5ea60e141a8ba87236724893");
    LANDED.put(
        "V044__return_corrections.sql",
        "1d72bcb785b612769cc287095601f79127e276bf6be976cf5bb3c47b8fa8c5aa");
    LANDED.put(
        "V045__order_items_stated.sql",
        "0662b5e097b34b37bb7cfa079eb28b9bfa7aeadcb790de4705e1518d40c746af");
    LANDED.put(
        "V046__presale_balance_upgraded.sql",
        "9a7752fbab59dcb3d78519cf7997b98d1d3eacc35094e516254587443239ec90");
    LANDED.put(
        "V047__parcel_restored_reason.sql",
        "acbb585f2d3f61c732220627a7b8c3e504ca389a614544c6dda2aff6f4129d4f");
    LANDED.put(
        "V048__refund_stated_at.sql",
        "4072005ca41d1c34223ab37412b3842d6d03c23856d0b77ee6825754e801f5dd");
    LANDED.put(
        "V049__parcels_removed_again.sql",
        "cd03e3df9a06345d5773bf88192cfea027c7a95b704054b3df1a96ae8f631d4c");
    LANDED.put(
        "V050__presale_deposit_only_upgraded.sql",
        "07cc0ad4ca3b0f44ca68dacacd1a9f4447d7211f73e62eb49f4e609cfce5e08a");
    LANDED.put(
        "V051__refund_step_stated_at.sql",
        "9dc32a3b8a19c7aa06c94f31054129348406f82ac102f3ab884e7a7d4e542311");
    LANDED.put(
        "V052__paid_seen_again.sql",
        "564a627dfdda6f8a015095e3d110efbf967b66131b6efcda2d4c34a1f7ba35fa");
    LANDED.put(
        "V053__repriced_upgraded.sql",
        "f31f97c062ce83e7a1a1574a6900a4855e9a2237de511d8db1d2dc44c1a83765");
    LANDED.put(
        "V054__sla_marks_written_id.sql",
        "1cddc46f8ade50d5dbbe1d2f7e6256fad023d5367d22cd8939332f670aa2e314");
    LANDED.put(
        "V055__orders_import_index.sql",
        "5b01c66603673ad109e5dd8522eec6d7183a4e4227cb3cacf9de8ac36d919b2f");
    LANDED.put(
        "V056__order_lines_exported_at.sql",
        "97928271b4c58df64fbf2234082d2f015f639d166f1552c9ce8009d7ccf2eeb6");
    LANDED.put(
        "V057__amounts_from_lines.sql",
        "5adff14640461d33bdc5b188e4a01a38332d61ccec2f36cf7d7790cc8062efd9");
  }

  /** The same for db/migration/postgresql/ (pinned from V013 on, as the files were then). */
  static final Map<String, String> PG_LANDED = new LinkedHashMap<>();

  static {
    String[][] pins = {
      {"V001__init.sql", "8c2bd0ca5520d6ab3dad2d9aa6936b24696b4500f14bf3703268005485896307"},
      {"V002__shipments.sql", "4187a4ba90e86b99571740665a7778391c2badf64bbc04f1fa941fa53c67d54b"},
      {"V003__returns.sql", "5f1d11fc84e011377675e0f17426a92b8a5dee84a9b8bdbc6b9cb4b1a4562c23"},
      {
        "V004__traffic_events.sql",
        "3884364dd857781d2e5a377d1f1d6895f68124266b6c24e1ec8bb66f43830573"
      },
      {"V005__followups.sql", "5cdeab85835e1cd0b4189b7229b2b359cdf3e3bf3ccb78b369a262d8dd59c5ec"},
      {"V006__lists.sql", "960da6b1b289ac461073362c5d3983c02c68d405f4609f82c5f007a004e4e9aa"},
      {"V007__anomalies.sql", "9064ed19b2df3976ef38723cd56cfc0f0af28f3bc6b322a59332d6c062e15816"},
      {
        "V008__paid_inferred.sql",
        "b108ef211eb84c8b0d42cdb9584957a9af4271bba0056c1f0f2eaa49e4d1c9ac"
      },
      {"V009__complaints.sql", "8059f8801a3620c3fa3b5f822891913adee16f359e800b759068f6de158c6987"},
      {
        "V010__customer_figures.sql",
        "d6c6604de87eb9a9301c86cb697736c15f20177892d632fe0773a5a5db5bf995"
      },
      {
        "V011__visitor_days.sql", "615b076e3b49400aa25efab758c0af16131e5e5b54d874c9a94192df3d4a3d3a"
      },
      {"V012__rfm_breaks.sql", "84bc1348f88d05a083e614e1ca980a79712632bbe1b0b419a987ee318093a669"},
      {"V013__list_agent.sql", "47ca8fa4c7e523dd533cb86833624516f016fee108c59644a5edf29413854eaf"},
      {
        "V014__customer_aliases.sql",
        "73196328226ccd78ddeb96d0db7bde89936a8ff67998df491cb96a2bdd4c8897"
      },
      {"V015__import_user.sql", "6c6728ef81780e1726d099bb05f3a69016cbf25fb77478ca05dfe212b255bc27"},
      {
        "V016__refund_deltas.sql",
        "86383009699665a015c151eeea461cecb625eadc23cb173e52185e7ad46c2a12"
      },
      {
        "V017__order_currency.sql",
        "cb1df58835b923bc37454c75ae2ad65ef528408453ee1b3bbd2b983cad067687"
      },
      {
        "V018__delivered_indexes.sql",
        "4e21aac18fe9ac462f238db046ce279ecb70bd1a2e40bc3e3fe813dce4344bed"
      },
      {
        "V019__money_derived.sql",
        "df0ced53002b30b48fffe2a81d1effce58f7aac264f5aaab1834204dcbad90a5"
      },
      {
        "V020__figures_marks_per_statement.sql",
        "f298c3b9869efc5720acadb2be51c093312702500d62a439b04e94abf7b008e3"
      },
      {
        "V021__return_withdrawn.sql",
        "e17779fbb757cb2548a39ea149b9250fd7eb6553f03f7a98a61daff77fcd7883"
      },
      {
        "V022__shipped_indexes.sql",
        "73b521beab91453e3036a473b2a829ed8cc658101373b4dcb42af1bae2519105"
      },
      {
        "V023__line_item_id_cod.sql",
        "e301f3e7f951888134b349df31c78b1698b43ca8af7d6fd590d8c129f3d2ca42"
      },
      {
        "V024__purchase_rule.sql",
        "ae2b0534503d5ec8a4ee64b2c77da93318dc9f47f8d475716150bbad82d4fe82"
      },
      {
        "V025__old_readings.sql", "77d51d0fa8116fb2b8490e3395761b1ecc5a72d5e0e3e3afd2657e21cfd22e8b"
      },
      {
        "V026__return_events.sql",
        "e7ecd59ac0026d095f5290959002b1e1599a400c1c357f25b14848686978dce9"
      },
      {
        "V027__returns_figures_per_file.sql",
        "87164564da05297bf32d73afbbb676c77f333f800b0641de5e951f153a5ba517"
      },
      {
        "V028__two_platform_buyers.sql",
        "0585761d7765ebf208948d76891999d8bd069b8a9c1300136233738ad7d9c376"
      },
      {
        "V029__closed_seen_at.sql",
        "177c8cc9cad43c9f26fa35fca7291ef0c76f8d0d26fb635fc2cedc4066fc10d9"
      },
      {
        "V030__order_discount.sql",
        "f5277b0cfac426b5ec03b0499d1a0df1e304592dbbac790dffd39c22f6ee5b73"
      },
      {
        "V031__refund_seen_at.sql",
        "b03689f5a16ee64a66964cbc225d10aa869a457239e1e6016fd9bda1147e8e0c"
      },
      {"V032__exported_at.sql", "d8e497e8a460f54b0f1f139891309871d0869b3b8d217c0586cf81ab84b0ffa5"},
      {
        "V033__refund_steps.sql", "6dd389db32a9d8e3a4c9218b13d6146402437b257b50f6f8d1e5beb87564ab1f"
      },
      {"V034__return_kind.sql", "0e82b0a7968d7c560b6e6f85863f7f6ca082530b17661f839ae01b24f3c78b4f"},
      {"V035__sla_figures.sql", "8a98f48ed6281398770e2b7130b93a686bde3010d24df2b00cfe258cac63d154"},
      {
        "V036__shipment_parcels.sql",
        "8959f76c30d94a65fde791620b07b363c7766b71f2d8085aa8bfb6fed7009860"
      },
      {
        "V037__sla_refund_marks.sql",
        "37911f97d517bd0ab1cf974f714b98198fcd9d9ca88a156ecf9cc4483b0abcb5"
      },
      {
        "V038__config_changes.sql",
        "dd910548f03ffdd0de04e9b25b43439efa19a55fc32713a5996f176d3fe5f9db"
      },
      {
        "V039__parcel_removals.sql",
        "85feea05bd559f89fbe0ed79e7b4a24e92b42721ec4883b752ac5198b7fa4956"
      },
      {
        "V040__sla_refund_marks_unshipped.sql",
        "05b4c5cd7dfe6137c91e692025fdc60e26bba72b1de6c31a325e084fb03fc848"
      },
      {
        "V041__amount_before_discount.sql",
        "e60d81be49efb56a3e2677904da64309882d00d573c4901993fb9eace08fa285"
      },
      {
        "V042__presale_paid_in_full.sql",
        "65502f515a3aa2b680dafa65452d7a500d46d45d1b1db0327831bb3c1acea802"
      },
      {
        "V043__export_parcels_kept.sql",
        "158b1629df95c4f1190cd8aee41662f0e1bbf25a3f05983f99c04f2b845079ba"
      },
      {
        "V044__return_corrections.sql",
        "9f987ead7a08be4de6b2b177a334a87c840f01b8b1dac74faa0c2462fc0f2a5e"
      },
      {
        "V045__order_items_stated.sql",
        "7de55699977404654ed54b078f3ff0ff056877f1f72ec91bfbd2b9ce23392b42"
      },
      {
        "V046__presale_balance_upgraded.sql",
        "9a7752fbab59dcb3d78519cf7997b98d1d3eacc35094e516254587443239ec90"
      },
      {
        "V047__parcel_restored_reason.sql",
        "acbb585f2d3f61c732220627a7b8c3e504ca389a614544c6dda2aff6f4129d4f"
      },
      {
        "V048__refund_stated_at.sql",
        "4430afc56d8d1ac22e8dfa896e6ba78ca35ed8c837694fe01066d06bfe07c123"
      },
      {
        "V049__parcels_removed_again.sql",
        "e93d52ed552166d93ad17759d0a36380243d94e361a10c55cbdef308eaa5307a"
      },
      {
        "V050__presale_deposit_only_upgraded.sql",
        "07cc0ad4ca3b0f44ca68dacacd1a9f4447d7211f73e62eb49f4e609cfce5e08a"
      },
      {
        "V051__refund_step_stated_at.sql",
        "eb254d54b0cd12fd1349315484d86a31111f4f960de7f3630fa9edaebc5b4456"
      },
      {
        "V052__paid_seen_again.sql",
        "564a627dfdda6f8a015095e3d110efbf967b66131b6efcda2d4c34a1f7ba35fa"
      },
      {
        "V053__repriced_upgraded.sql",
        "f31f97c062ce83e7a1a1574a6900a4855e9a2237de511d8db1d2dc44c1a83765"
      },
      {
        "V054__sla_marks_written_id.sql",
        "ab37642590afbd130b8c4b318be2a0d2c7dd01c85a10057dc71fb4434a061529"
      },
      {
        "V055__orders_import_index.sql",
        "5b01c66603673ad109e5dd8522eec6d7183a4e4227cb3cacf9de8ac36d919b2f"
      },
      {
        "V056__order_lines_exported_at.sql",
        "3e4d36856f1c146c4e3226840e8ba90563fe29c253701cf7813f2a986bfcf164"
      },
      {
        "V057__amounts_from_lines.sql",
        "5adff14640461d33bdc5b188e4a01a38332d61ccec2f36cf7d7790cc8062efd9"
      }
    };
    for (String[] pin : pins) {
      PG_LANDED.put(pin[0], pin[1]);
    }
  }

  static String sha256(String name) throws IOException, NoSuchAlgorithmException {
    return sha256("/db/migration/", name);
  }

  static String sha256(String folder, String name) throws IOException, NoSuchAlgorithmException {
    try (InputStream in = Migrations.class.getResourceAsStream(folder + name)) {
      assertNotNull(in, "no migration " + name + " on the class path");
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }

  @Test
  void landedMigrationsAreUnchanged() throws Exception {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : LANDED.entrySet()) {
      String actual = sha256(e.getKey());
      if (!actual.equals(e.getValue())) {
        changed.add(e.getKey() + " (sha256 now " + actual + ")");
      }
    }
    assertEquals(
        List.of(),
        changed,
        "a landed migration was edited: undo the edit and add the change as a new migration");
  }

  @Test
  void landedPostgresMigrationsAreUnchangedAndPinned() throws Exception {
    assertEquals(
        List.copyOf(LANDED.keySet()),
        List.copyOf(PG_LANDED.keySet()),
        "pin each PostgreSQL migration in PG_LANDED when it lands");
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : PG_LANDED.entrySet()) {
      String actual = sha256("/db/migration/postgresql/", e.getKey());
      if (!actual.equals(e.getValue())) {
        changed.add("postgresql/" + e.getKey() + " (sha256 now " + actual + ")");
      }
    }
    assertEquals(
        List.of(),
        changed,
        "a landed migration was edited: undo the edit and add the change as a new migration");
  }

  @Test
  void everyMigrationIsPinnedInOrder() throws Exception {
    List<String> files = Migrations.FILES;
    List<String> landed = List.copyOf(LANDED.keySet());
    assertEquals(
        landed,
        files.subList(0, Math.min(files.size(), landed.size())),
        "Migrations.FILES must keep every landed migration, in order");
    for (String name : files.subList(landed.size(), files.size())) {
      throw new AssertionError(
          "new migration "
              + name
              + ": once it has landed, pin it in LANDED with\n    LANDED.put(\""
              + name
              + "\", \""
              + sha256(name)
              + "\");");
    }
  }

  @Test
  void everyMigrationFileIsListed() throws IOException {
    try (Stream<Path> dir = Files.list(Path.of("src/main/resources/db/migration"))) {
      List<String> onDisk =
          dir.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(
          Migrations.FILES.stream().sorted().toList(),
          onDisk,
          "a file in db/migration that Migrations.FILES does not list is never applied");
    }
    // PostgreSQL's files mirror them one for one: the same numbers and names
    try (Stream<Path> dir = Files.list(Path.of("src/main/resources/db/migration/postgresql"))) {
      assertEquals(
          Migrations.FILES.stream().sorted().toList(),
          dir.map(p -> p.getFileName().toString()).sorted().toList(),
          "db/migration/postgresql must hold the same migrations as db/migration");
    }
  }
}
