package org.mediationledger.ui.screening;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.RiskLevel;

/** One finding as the round form edits it. */
final class FindingModel {
    final StringProperty summary = new SimpleStringProperty("");
    final ObjectProperty<DisputeType> type = new SimpleObjectProperty<>();
    final StringProperty people = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final ObjectProperty<RiskLevel> risk = new SimpleObjectProperty<>(RiskLevel.YELLOW);
    final StringProperty measures = new SimpleStringProperty("");
    final ObjectProperty<FindingStatus> status = new SimpleObjectProperty<>(FindingStatus.MONITORING);
    final ObservableList<PartyRow> parties = FXCollections.observableArrayList(new PartyRow(), new PartyRow());

    static final class PartyRow {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty phone = new SimpleStringProperty("");
    }
}
